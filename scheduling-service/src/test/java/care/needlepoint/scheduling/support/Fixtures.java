package care.needlepoint.scheduling.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Records several test classes start from: a booked series of six and an open wait-list offer. */
public final class Fixtures {

    public static final String SERIES = "/api/v1/series";

    /** Six Mondays 28 days apart from 2027-02-01 at 10:00 clinic time (BST from 2027-03-28). */
    public static final List<String> SIX = List.of("2027-02-01T10:00:00Z", "2027-03-01T10:00:00Z",
            "2027-03-29T10:00:00+01:00", "2027-04-26T10:00:00+01:00", "2027-05-24T10:00:00+01:00",
            "2027-06-21T10:00:00+01:00");

    private Fixtures() {
    }

    /** A POST as front desk, with If-Match when {@code ifMatch} is not null. */
    public static Response post(String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(path);
    }

    /** A bookSeries body: one session at each of {@code starts}, all with the same practitioner and room. */
    public static Map<String, Object> seriesBody(String client, String protocol, String practitioner, String room,
            List<String> starts) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (String start : starts) {
            sessions.add(Map.of("startsAt", start, "practitionerId", practitioner, "roomId", room));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client);
        body.put("protocolId", protocol);
        body.put("sessions", sessions);
        return body;
    }

    /**
     * The six sessions of {@link #SIX} booked as one series (201 asserted), asked again while treatments-service
     * answers 503: a peer restarted by an earlier test may still be starting.
     */
    public static Response bookedSeries(String client, String protocol, String practitioner, String room) {
        Map<String, Object> body = seriesBody(client, protocol, practitioner, room, SIX);
        Response booked = post(SERIES, null, body);
        for (int attempt = 0; booked.statusCode() == 503 && attempt < 20; attempt++) {
            pause();
            booked = post(SERIES, null, body);
        }
        return booked.then().statusCode(201).extract().response();
    }

    /**
     * An OPEN wait-list offer: a 30-minute treatment entry for {@code practitioner} on {@code day}, offered the time a
     * cancelled 45-minute visit in {@code room} at 10:00 freed. Returns the offer's id.
     */
    public static String anOpenOffer(String practitioner, String room, LocalDate day) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("clientId", PeerData.aTreatableClient());
        entry.put("protocolId", PeerData.aProtocol(30, "NONE", 0));
        entry.put("earliestDate", day.toString());
        entry.put("latestDate", day.toString());
        entry.put("practitionerId", practitioner);
        String waiting = post("/api/v1/wait-list", null, entry).then().statusCode(201).extract().path("id");
        String visit = Booking.of(PeerData.aClient(), practitioner).with("roomId", room).with("durationMinutes", 45)
                .with("startsAt", Booking.at(day, "10:00")).booked();
        post("/api/v1/appointments/" + visit + "/cancellation", null, Map.of("reason", "Client is unwell"))
                .then().statusCode(200);
        return given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/wait-list/" + waiting + "/offers")
                .then().statusCode(200).body("items.status", org.hamcrest.Matchers.equalTo(List.of("OPEN")))
                .extract().path("items[0].id");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
