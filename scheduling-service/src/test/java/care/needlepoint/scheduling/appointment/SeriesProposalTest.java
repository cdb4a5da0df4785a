package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Series proposals against the real treatments-service (protocols and their spacing); nothing is stored. */
@QuarkusTest
class SeriesProposalTest {

    private static final String PROPOSALS = "/api/v1/series-proposals";

    private static void mondayMorning(String practitioner) {
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("intervals", List.of(Map.of("dayOfWeek", "MONDAY", "starts", "09:00", "ends", "12:00"))))
                .when().put("/api/v1/practitioners/" + practitioner + "/working-hours").then().statusCode(200);
    }

    private static Map<String, Object> proposal(String protocol, int sessions, String practitioner) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("protocolId", protocol);
        body.put("sessionCount", sessions);
        body.put("firstDate", "2027-02-01");
        body.put("practitionerId", practitioner);
        return body;
    }

    @Test
    void aWeekOfTimeOffLeavesThatSessionWithoutASlotAndOffersTheNearestAlternatives() {
        String practitioner = aPractitioner().create();
        aRoom().create();
        mondayMorning(practitioner);
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        // Session 2 may lie 2027-03-01..03-15 (28-42 days after 02-01): the practitioner is away all of it.
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("kind", "TIME_OFF", "practitionerId", practitioner, "startsOn", "2027-03-01",
                        "endsOn", "2027-03-15", "reason", "Holiday"))
                .when().post("/api/v1/calendar-exceptions").then().statusCode(201);
        Map<String, Long> before = Rows.countAll();

        Response answer = given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(proposal(protocol, 4, practitioner))
                .when().post(PROPOSALS)
                .then().statusCode(200)
                .body("timeZone", equalTo("Europe/London"))
                .body("spacingMinDays", equalTo(28))
                .body("spacingMaxDays", equalTo(42))
                .body("complete", equalTo(false))
                .body("sessions[0].slot.startsAt", equalTo("2027-02-01T09:00:00Z"))
                .body("sessions[1].slot", nullValue())
                .body("sessions[1].earliest", equalTo("2027-03-01"))
                .body("sessions[1].latest", equalTo("2027-03-15"))
                .body("sessions[1].reason", notNullValue())
                .extract().response();
        List<String> alternatives = answer.path("sessions[1].alternatives.startsAt");
        // A week either side of the window is equally near; the wanted local time (09:00) comes first.
        assertThat(alternatives).containsExactly("2027-02-22T09:00:00Z", "2027-03-22T09:00:00Z",
                "2027-02-22T09:15:00Z");
        // The rest is counted from the nearest alternative (2027-02-22): session 3 on 2027-03-22.
        answer.then().body("sessions[2].slot.startsAt", equalTo("2027-03-22T09:00:00Z"))
                .body("sessions[3].slot.practitionerId", equalTo(practitioner));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aTenOClockSeriesStaysAtTenLocalAcrossBothDstChanges() {
        String practitioner = aPractitioner().create();
        aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0, 56, 63);
        Map<String, Object> body = proposal(protocol, 6, practitioner);
        body.put("firstDate", "2027-03-15");
        body.put("preferredTimeFrom", "10:00");
        body.put("preferredTimeTo", "10:30");
        List<String> starts = given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(body).when().post(PROPOSALS)
                .then().statusCode(200).body("complete", equalTo(true))
                .extract().path("sessions.slot.startsAt");
        // 56 days apart from 2027-03-15: GMT before 03-28, BST until 10-31, GMT again after; always 10:00 local.
        assertThat(starts).containsExactly("2027-03-15T10:00:00Z", "2027-05-10T10:00:00+01:00",
                "2027-07-05T10:00:00+01:00", "2027-08-30T10:00:00+01:00", "2027-10-25T10:00:00+01:00",
                "2027-12-20T10:00:00Z");
    }

    @Test
    void inconsistentRequestsAreRefusedNamingTheField() {
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        Map<String, Object> both = proposal(protocol, 4, null);
        both.put("courseId", UUID.randomUUID().toString());
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(both)
                .when().post(PROPOSALS).then().statusCode(400).body("violations.field", hasItem("protocolId"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(proposal(protocol, 9, null))
                .when().post(PROPOSALS).then().statusCode(400).body("violations[0].field", equalTo("sessionCount"));
        Map<String, Object> badTime = proposal(protocol, 4, null);
        badTime.put("preferredTimeFrom", "25:00");
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(badTime)
                .when().post(PROPOSALS).then().statusCode(400)
                .body("violations[0].field", equalTo("preferredTimeFrom"));
        given().auth().oauth2(TestTokens.forRole("service")).contentType(ContentType.JSON)
                .body(proposal(protocol, 4, null))
                .when().post(PROPOSALS).then().statusCode(403);
    }
}
