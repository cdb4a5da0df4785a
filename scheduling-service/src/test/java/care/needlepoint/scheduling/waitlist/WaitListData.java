package care.needlepoint.scheduling.waitlist;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Wait-list requests for the tests: entries, appointments that free time, and reading offers. */
final class WaitListData {

    static final String WAIT_LIST = "/api/v1/wait-list";
    static final String OFFERS = "/api/v1/wait-list-offers";

    private WaitListData() {
    }

    /** A plain {@code minutes}-minute entry for one practitioner's slots on the local dates [from, to]. */
    static Map<String, Object> entry(String client, String practitioner, int minutes, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client);
        body.put("durationMinutes", minutes);
        body.put("earliestDate", from.toString());
        body.put("latestDate", to.toString());
        if (practitioner != null) {
            body.put("practitionerId", practitioner);
        }
        return body;
    }

    static Response post(String path, String role, Object body) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    /** Adds the entry as front desk and returns its id. */
    static String added(Map<String, Object> entry) {
        return post(WAIT_LIST, "front-desk", entry).then().statusCode(201).extract().path("id");
    }

    /** Books a plain appointment as front desk and returns its id. */
    static String booked(String client, String practitioner, LocalDate date, String time, int minutes) {
        return Booking.of(client, practitioner).with("startsAt", Booking.at(date, time))
                .with("durationMinutes", minutes).booked();
    }

    static void cancel(String appointment) {
        post("/api/v1/appointments/" + appointment + "/cancellation", "front-desk",
                Map.of("reason", "Client is unwell"))
                .then().statusCode(200);
    }

    static List<Map<String, Object>> offersOf(String entry) {
        return given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(WAIT_LIST + "/" + entry + "/offers")
                .then().statusCode(200).extract().path("items");
    }

    /** The entry's only offer, asserting that there is exactly one. */
    static Map<String, Object> onlyOfferOf(String entry) {
        List<Map<String, Object>> offers = offersOf(entry);
        if (offers.size() != 1) {
            throw new AssertionError("expected one offer for entry " + entry + ", got " + offers);
        }
        return offers.get(0);
    }

    static Response accept(String offer, String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).when().post(OFFERS + "/" + offer + "/acceptance");
    }

    static Response decline(String offer, String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).when().post(OFFERS + "/" + offer + "/decline");
    }

    static Response getEntry(String entry) {
        return given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(WAIT_LIST + "/" + entry);
    }
}
