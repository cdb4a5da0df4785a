package care.needlepoint.scheduling.calendar;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.PractitionerBuilder;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The clinic is in Europe/London: clocks go forward on 2027-03-28 (01:00 GMT becomes 02:00 BST) and back on
 * 2027-10-31 (02:00 BST becomes 01:00 GMT). Local rules must land on the right instants on both days.
 */
@QuarkusTest
class DaylightSavingTest {

    private static final String SPRING = "2027-03-28";
    private static final String AUTUMN = "2027-10-31";

    private static void weeklyHours(String practitioner, String day, String starts, String ends) {
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("intervals", List.of(Map.of("dayOfWeek", day, "starts", starts, "ends", ends))))
                .when().put("/api/v1/practitioners/" + practitioner + "/working-hours")
                .then().statusCode(200);
    }

    /** The clinic is closed on Sundays by default; open it all day on this date. */
    private static void clinicOpenAllDay(String date) {
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("kind", "EXTRA_HOURS", "startsOn", date, "reason", "Open on the day the clocks change"))
                .when().post("/api/v1/calendar-exceptions").then().statusCode(201);
    }

    private static List<String> starts(String practitioner, String date, int minutes) {
        return given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("durationMinutes", minutes).queryParam("from", date).queryParam("to", date)
                .queryParam("practitionerId", practitioner)
                .when().get("/api/v1/availability")
                .then().statusCode(200).extract().path("slots.startsAt");
    }

    @Test
    void nineOClockStaysNineOClockOnBothSidesOfTheSpringChange() {
        String practitioner = aPractitioner().create();
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("intervals", List.of(
                        Map.of("dayOfWeek", "FRIDAY", "starts", "09:00", "ends", "10:00"),
                        Map.of("dayOfWeek", "MONDAY", "starts", "09:00", "ends", "10:00"))))
                .when().put("/api/v1/practitioners/" + practitioner + "/working-hours")
                .then().statusCode(200);
        List<String> slots = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("durationMinutes", 60).queryParam("from", "2027-03-26").queryParam("to", "2027-03-29")
                .queryParam("practitionerId", practitioner)
                .when().get("/api/v1/availability")
                .then().statusCode(200).extract().path("slots.startsAt");
        // Friday 09:00 GMT, Monday 09:00 BST: the same wall-clock time, an hour apart in UTC.
        assertThat(slots).containsExactly("2027-03-26T09:00:00Z", "2027-03-29T09:00:00+01:00");
    }

    @Test
    void onTheSpringForwardDayNoSlotStartsInTheMissingHour() {
        String practitioner = aPractitioner().create();
        clinicOpenAllDay(SPRING);
        // 00:30 GMT to 03:30 BST is two real hours.
        weeklyHours(practitioner, "SUNDAY", "00:30", "03:30");
        assertThat(starts(practitioner, SPRING, 60)).containsExactly(
                "2027-03-28T00:30:00Z", "2027-03-28T00:45:00Z",
                "2027-03-28T02:00:00+01:00", "2027-03-28T02:15:00+01:00", "2027-03-28T02:30:00+01:00");
    }

    @Test
    void aLocalTimeThatDoesNotExistIsRefusedNamingTheField() {
        String practitioner = aPractitioner().create();
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("kind", "TIME_OFF", "practitionerId", practitioner, "startsOn", SPRING,
                        "startTime", "01:30", "endTime", "04:00"))
                .when().post("/api/v1/calendar-exceptions")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("startTime"))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].message", containsString("does not exist on 2027-03-28 in Europe/London"))
                .body("violations[0].message", containsString("01:00 to 02:00"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anAmbiguousLocalTimeMeansItsFirstOccurrence() {
        String practitioner = aPractitioner().create();
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("kind", "TIME_OFF", "practitionerId", practitioner, "startsOn", AUTUMN,
                        "startTime", "01:30", "endTime", "01:45"))
                .when().post("/api/v1/calendar-exceptions")
                .then().statusCode(201)
                // 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT): the first is meant.
                .body("startsAt", equalTo("2027-10-31T00:30:00Z"))
                .body("endsAt", equalTo("2027-10-31T00:45:00Z"))
                .body("startTime", equalTo("01:30"));
    }

    @Test
    void onTheFallBackDayTheRepeatedHourIsOfferedTwiceAndCanBeBookedTwice() {
        PractitionerBuilder ines = aPractitioner();
        String practitioner = ines.create();
        clinicOpenAllDay(AUTUMN);
        weeklyHours(practitioner, "SUNDAY", "00:00", "03:00");
        List<String> slots = starts(practitioner, AUTUMN, 60);
        // Midnight BST to 03:00 GMT is four real hours: 13 starts of an hour every 15 minutes.
        assertThat(slots).hasSize(13);
        assertThat(slots).contains("2027-10-31T01:30:00+01:00", "2027-10-31T01:30:00Z");

        String first = Booking.of(PeerData.aClient(), practitioner).with("durationMinutes", 60)
                .with("startsAt", "2027-10-31T01:30:00+01:00").booked();
        String second = Booking.of(PeerData.aClient(), practitioner).with("durationMinutes", 60)
                .with("startsAt", "2027-10-31T01:30:00+00:00").booked();
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get("/api/v1/appointments/" + first)
                .then().body("startsAt", equalTo("2027-10-31T00:30:00Z")).body("endsAt",
                        equalTo("2027-10-31T01:30:00Z"));

        // The calendar feed writes the first in the clinic's zone and the second, which no local time can name
        // unambiguously, in UTC.
        String url = given().auth().oauth2(TestTokens.forUser(ines.subject(), "practitioner"))
                .when().post("/api/v1/practitioners/" + practitioner + "/calendar-feeds")
                .then().statusCode(201).extract().path("url");
        String ics = given().when().get(url.substring(url.indexOf("/api/v1/")))
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:" + first + "@needlepoint.care\r\n")
                .contains("DTSTART;TZID=Europe/London:20271031T013000\r\n")
                .contains("UID:" + second + "@needlepoint.care\r\n")
                .contains("DTSTART:20271031T013000Z\r\n")
                .contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n")
                .contains("BEGIN:STANDARD\r\nDTSTART:20271031T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n");
    }
}
