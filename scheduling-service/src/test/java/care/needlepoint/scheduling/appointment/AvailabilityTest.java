package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AvailabilityTest {

    private static final String AVAILABILITY = "/api/v1/availability";
    private static final String MONDAY = Booking.MONDAY.toString();

    private static RequestSpecification search() {
        return given().auth().oauth2(TestTokens.forRole("front-desk"));
    }

    /** Limits the practitioner to Monday 09:00-12:00, so that the expected slots are few and exact. */
    private static void mondayMorning(String practitioner) {
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("intervals", List.of(Map.of("dayOfWeek", "MONDAY", "starts", "09:00", "ends", "12:00"))))
                .when().put("/api/v1/practitioners/" + practitioner + "/working-hours")
                .then().statusCode(200).body("followsClinicHours", equalTo(false));
    }

    @Test
    void freeStartTimesFollowWorkingHoursAndBookingsOnTheClinicsGrid() {
        String practitioner = aPractitioner().create();
        mondayMorning(practitioner);
        Booking.of(PeerData.aClient(), practitioner).at("10:00").with("durationMinutes", 60).booked();

        Response answer = search().queryParam("durationMinutes", 60).queryParam("from", MONDAY)
                .queryParam("to", MONDAY).queryParam("practitionerId", practitioner)
                .when().get(AVAILABILITY)
                .then().statusCode(200)
                .body("timeZone", equalTo("Europe/London"))
                .body("numbingMinutes", equalTo(0))
                .body("procedureMinutes", equalTo(60))
                .body("truncated", equalTo(false))
                .extract().response();
        List<String> starts = answer.path("slots.startsAt");
        // 09:00 fits before the 10:00 booking; 11:00 is the last start that ends by 12:00.
        assertThat(starts).containsExactly("2027-02-01T09:00:00Z", "2027-02-01T11:00:00Z");
        assertThat(answer.<List<String>>path("slots.practitionerId")).containsOnly(practitioner);
        assertThat(answer.<List<Object>>path("slots.roomId")).containsOnly((Object) null);
    }

    @Test
    void aLiveHoldIsBusyAndTimeOffRemovesHours() {
        String practitioner = aPractitioner().create();
        mondayMorning(practitioner);
        Booking.of(PeerData.aClient(), practitioner).at("09:00").with("durationMinutes", 60).hold()
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("kind", "TIME_OFF", "practitionerId", practitioner, "startsOn", MONDAY,
                        "startTime", "11:00", "reason", "Dentist"))
                .when().post("/api/v1/calendar-exceptions").then().statusCode(201);

        List<String> starts = search().queryParam("durationMinutes", 60).queryParam("from", MONDAY)
                .queryParam("to", MONDAY).queryParam("practitionerId", practitioner)
                .when().get(AVAILABILITY).then().statusCode(200).extract().path("slots.startsAt");
        assertThat(starts).containsExactly("2027-02-01T10:00:00Z");
    }

    /**
     * The numbing phase needs the room, not the practitioner: with the practitioner busy 10:00-10:30 elsewhere, a
     * protocol with 30 minutes of numbing can start at 10:00 (procedure from 10:30), and the room is then busy from
     * 10:00 to the end of turnover.
     */
    @Test
    void numbingOccupiesTheRoomWhileThePractitionerIsFree() {
        String practitioner = aPractitioner().create();
        mondayMorning(practitioner);
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "REQUIRED_ABOVE_DEPTH", 30);
        Booking.of(PeerData.aClient(), practitioner).at("10:00").booked();

        Response answer = search().queryParam("protocolId", protocol).queryParam("plannedDepthMm", "1.50")
                .queryParam("from", MONDAY).queryParam("to", MONDAY).queryParam("practitionerId", practitioner)
                .queryParam("roomId", room)
                .when().get(AVAILABILITY)
                .then().statusCode(200)
                .body("numbingMinutes", equalTo(30))
                .body("procedureMinutes", equalTo(45))
                .extract().response();
        List<String> starts = answer.path("slots.startsAt");
        assertThat(starts).contains("2027-02-01T10:00:00Z");
        // Procedures 09:30-10:15 would overlap the booking; numbing from 09:00 with the procedure 09:30-10:15 too.
        assertThat(starts).doesNotContain("2027-02-01T09:00:00Z", "2027-02-01T09:15:00Z", "2027-02-01T09:45:00Z");
        assertThat(answer.<String>path("slots[0].procedureStartsAt")).isNotNull();
        Map<String, Object> ten = answer.<List<Map<String, Object>>>path("slots").stream()
                .filter(slot -> slot.get("startsAt").equals("2027-02-01T10:00:00Z")).findFirst().orElseThrow();
        assertThat(ten.get("procedureStartsAt")).isEqualTo("2027-02-01T10:30:00Z");
        assertThat(ten.get("endsAt")).isEqualTo("2027-02-01T11:15:00Z");
        assertThat(ten.get("roomId")).isEqualTo(room);

        // Without numbing (shallow and not asked for) the phases shrink to the procedure.
        search().queryParam("protocolId", protocol).queryParam("plannedDepthMm", "0.75")
                .queryParam("from", MONDAY).queryParam("to", MONDAY).queryParam("practitionerId", practitioner)
                .queryParam("roomId", room)
                .when().get(AVAILABILITY).then().statusCode(200).body("numbingMinutes", equalTo(0));
        // Refusing numbing the depth requires is inconsistent.
        search().queryParam("protocolId", protocol).queryParam("plannedDepthMm", "1.50").queryParam("numbing", false)
                .queryParam("from", MONDAY).queryParam("to", MONDAY)
                .when().get(AVAILABILITY).then().statusCode(400).body("violations[0].field", equalTo("numbing"));
    }

    @Test
    void aRoomBusyInTurnoverIsNotOffered() {
        String practitioner = aPractitioner().create();
        mondayMorning(practitioner);
        String room = aRoom().create();
        // Another practitioner has the room 09:00-09:30, plus 15 minutes of turnover.
        Booking.of(PeerData.aClient(), aPractitioner().create()).with("roomId", room).at("09:00").booked();
        List<String> starts = search().queryParam("durationMinutes", 30).queryParam("from", MONDAY)
                .queryParam("to", MONDAY).queryParam("practitionerId", practitioner).queryParam("roomId", room)
                .when().get(AVAILABILITY).then().statusCode(200).extract().path("slots.startsAt");
        assertThat(starts).first().isEqualTo("2027-02-01T09:45:00Z");
    }

    /**
     * Rooms are checked a batch of candidate starts at a time (at least 50), reading only the room bookings within
     * each batch's windows. With the only room taken all of Monday and Tuesday, the first batch (Monday and part of
     * Tuesday, about 70 starts in all) has no room, and the search must go on to Wednesday rather than stop or skip.
     */
    @Test
    void whenTheFirstCandidatesHaveNoRoomTheSearchGoesOnToLaterDays() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        for (int day = 0; day < 2; day++) {
            Booking.of(PeerData.aClient(), aPractitioner().create()).with("roomId", room)
                    .with("startsAt", Booking.at(Booking.MONDAY.plusDays(day), "09:00"))
                    .with("durationMinutes", 540).booked();
        }
        Response answer = search().queryParam("durationMinutes", 30).queryParam("from", MONDAY)
                .queryParam("to", Booking.MONDAY.plusDays(3).toString()).queryParam("practitionerId", practitioner)
                .queryParam("roomId", room).queryParam("limit", 3)
                .when().get(AVAILABILITY)
                .then().statusCode(200).body("truncated", equalTo(true)).extract().response();
        assertThat(answer.<List<String>>path("slots.startsAt"))
                .containsExactly("2027-02-03T09:00:00Z", "2027-02-03T09:15:00Z", "2027-02-03T09:30:00Z");
        assertThat(answer.<List<String>>path("slots.roomId")).containsOnly(room);

        // Without a limit that small, every free start of Wednesday and Thursday, in order, and nothing earlier.
        List<String> all = search().queryParam("durationMinutes", 30).queryParam("from", MONDAY)
                .queryParam("to", Booking.MONDAY.plusDays(3).toString()).queryParam("practitionerId", practitioner)
                .queryParam("roomId", room).queryParam("limit", 500)
                .when().get(AVAILABILITY)
                .then().statusCode(200).body("truncated", equalTo(false)).extract().path("slots.startsAt");
        assertThat(all).hasSize(2 * 35).isSorted().first().isEqualTo("2027-02-03T09:00:00Z");
        assertThat(all).last().isEqualTo("2027-02-04T17:30:00Z");
    }

    /**
     * The range is walked a week at a time. A practitioner who works Monday mornings only and is booked all of the
     * first one has nothing in the first week; the answer comes from the second and third Mondays, in order.
     */
    @Test
    void aWeekWithoutFreeTimeIsFollowedByTheNext() {
        String practitioner = aPractitioner().create();
        mondayMorning(practitioner);
        Booking.of(PeerData.aClient(), practitioner).at("09:00").with("durationMinutes", 180).booked();
        Response answer = search().queryParam("durationMinutes", 60).queryParam("from", MONDAY)
                .queryParam("to", Booking.MONDAY.plusDays(20).toString()).queryParam("practitionerId", practitioner)
                .queryParam("limit", 4)
                .when().get(AVAILABILITY)
                .then().statusCode(200).extract().response();
        assertThat(answer.<List<String>>path("slots.startsAt")).containsExactly("2027-02-08T09:00:00Z",
                "2027-02-08T09:15:00Z", "2027-02-08T09:30:00Z", "2027-02-08T09:45:00Z");
        assertThat(answer.<Boolean>path("truncated")).isTrue();

        List<String> all = search().queryParam("durationMinutes", 60).queryParam("from", MONDAY)
                .queryParam("to", Booking.MONDAY.plusDays(20).toString()).queryParam("practitionerId", practitioner)
                .when().get(AVAILABILITY)
                .then().statusCode(200).body("truncated", equalTo(false)).extract().path("slots.startsAt");
        // 09:00 to 11:00 in quarter hours on two Mondays.
        assertThat(all).hasSize(18).isSorted().last().isEqualTo("2027-02-15T11:00:00Z");
    }

    /**
     * The last week of the year 9999 is searched like any other; a date with a longer year, which java.time would
     * read, is not RFC 3339 and is refused naming the parameter.
     */
    @Test
    void theLastDaysOfTheYear9999AreSearchedAndLaterDatesRefused() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        List<String> starts = search().queryParam("durationMinutes", 30).queryParam("from", "9999-12-27")
                .queryParam("to", "9999-12-31").queryParam("practitionerId", practitioner)
                .queryParam("roomId", room).queryParam("limit", 3)
                .when().get(AVAILABILITY)
                .then().statusCode(200).body("truncated", equalTo(true)).extract().path("slots.startsAt");
        assertThat(starts).hasSize(3).allSatisfy(start -> assertThat(start).startsWith("9999-12-"));

        search().queryParam("durationMinutes", 30).queryParam("from", "+10000-01-03").queryParam("to", "+10000-01-04")
                .when().get(AVAILABILITY)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("from"));
    }

    /** How long it takes is the bench's to measure (docs/performance.md), not a test's on a shared machine. */
    @Test
    void fourWeeksForAnyPractitionerAreTruncatedAtTheLimit() {
        aPractitioner().create();
        search().queryParam("durationMinutes", 30).queryParam("from", MONDAY)
                .queryParam("to", Booking.MONDAY.plusDays(27).toString()).queryParam("limit", 10)
                .when().get(AVAILABILITY)
                .then().statusCode(200)
                .body("slots.size()", equalTo(10))
                .body("truncated", equalTo(true));
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        Map<String, Map<String, Object>> cases = Map.of(
                "from", Map.of("durationMinutes", 30, "to", MONDAY),
                "to", Map.of("durationMinutes", 30, "from", MONDAY, "to", Booking.MONDAY.plusDays(40).toString()),
                "durationMinutes", Map.of("from", MONDAY, "to", MONDAY),
                "practitionerId", Map.of("durationMinutes", 30, "from", MONDAY, "to", MONDAY, "practitionerId",
                        UUID.randomUUID().toString()),
                "protocolId", Map.of("protocolId", "not-a-uuid", "from", MONDAY, "to", MONDAY),
                "limit", Map.of("durationMinutes", 30, "from", MONDAY, "to", MONDAY, "limit", 501),
                "plannedDepthMm", Map.of("durationMinutes", 30, "from", MONDAY, "to", MONDAY,
                        "plannedDepthMm", "1.5"));
        cases.forEach((field, query) -> search().queryParams(query)
                .when().get(AVAILABILITY)
                .then().statusCode(400)
                .body("violations[0].field", equalTo(field)));
        search().queryParams(Map.of("protocolId", UUID.randomUUID().toString(), "from", MONDAY, "to", MONDAY))
                .when().get(AVAILABILITY)
                .then().statusCode(400).body("violations[0].field", equalTo("protocolId"));
        given().auth().oauth2(TestTokens.forRole("service")).queryParams(Map.of("durationMinutes", 30, "from",
                MONDAY, "to", MONDAY)).when().get(AVAILABILITY).then().statusCode(403);
    }

    @Test
    void whenTreatmentsServiceIsDownAProtocolSearchIsA503() {
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        PeerServices.stop("treatments");
        try {
            search().queryParams(Map.of("protocolId", protocol, "from", MONDAY, "to", MONDAY))
                    .when().get(AVAILABILITY)
                    .then().statusCode(503)
                    .body("type", equalTo("https://needlepoint.care/problems/dependency-unavailable"));
        } finally {
            PeerServices.restart("treatments");
        }
    }
}
