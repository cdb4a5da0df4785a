package care.needlepoint.scheduling.feed;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.PractitionerBuilder;
import care.needlepoint.scheduling.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CalendarFeedTest {

    private static String path(String url) {
        return url.substring(url.indexOf("/api/v1/"));
    }

    @Test
    void aFeedServesThePractitionersAppointmentsWithoutATokenUntilRevoked() {
        PractitionerBuilder ines = aPractitioner();
        String practitioner = ines.create();
        String booked = Booking.of(PeerData.aClient(), practitioner).with("title", "Consultation; first, visit")
                .at("10:00").booked();
        String cancelled = Booking.of(PeerData.aClient(), practitioner).at("11:00").booked();
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Client is unwell"))
                .when().post("/api/v1/appointments/" + cancelled + "/cancellation").then().statusCode(200);

        String feedsPath = "/api/v1/practitioners/" + practitioner + "/calendar-feeds";
        given().auth().oauth2(TestTokens.forRole("practitioner")).when().post(feedsPath).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().post(feedsPath).then().statusCode(403);
        var created = given().auth().oauth2(TestTokens.forUser(ines.subject(), "practitioner"))
                .when().post(feedsPath)
                .then().statusCode(201).body("url", notNullValue()).extract().response();
        String url = created.path("url");
        String feedId = created.path("id");
        String secret = url.substring(url.lastIndexOf('/') + 1);
        assertThat(Sql.single("SELECT count(*) FROM scheduling.calendar_feed WHERE secret_sha256 = '" + secret
                + "'")).as("the secret itself is not stored").isEqualTo("0");

        String ics = given().when().get(path(url)).then().statusCode(200).extract().asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n")
                .contains("UID:" + booked + "@needlepoint.care\r\n")
                .contains("DTSTART;TZID=Europe/London:20270201T100000\r\n")
                .contains("DTEND;TZID=Europe/London:20270201T103000\r\n")
                .contains("SUMMARY:Consultation\\; first\\, visit\r\n")
                .doesNotContain(cancelled)
                .endsWith("END:VCALENDAR\r\n");

        given().auth().oauth2(TestTokens.forRole("admin")).when().get(feedsPath)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].url", nullValue())
                .body("items[0].revokedAt", nullValue());
        given().auth().oauth2(TestTokens.forRole("admin")).when().delete(feedsPath + "/" + feedId)
                .then().statusCode(204);
        given().when().get(path(url)).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/not-found"));
        given().when().get("/api/v1/calendar-feeds/not-a-secret").then().statusCode(404);
        assertThat(Sql.single("SELECT count(*) FROM scheduling.audit_entry WHERE record_id = '" + feedId + "'"))
                .isEqualTo("2");
    }
}
