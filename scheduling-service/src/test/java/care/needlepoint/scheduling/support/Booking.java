package care.needlepoint.scheduling.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Builds hold and booking bodies: a plain 30-minute appointment by default, easy to change one field at a time, and
 * helpers for local clinic times (Europe/London, the clinic's zone in the tests).
 */
public final class Booking {

    public static final ZoneId CLINIC = ZoneId.of("Europe/London");
    /** A Monday well ahead, when the clinic is open 09:00-18:00 by default. */
    public static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Booking(String clientId, String practitionerId) {
        fields.put("clientId", clientId);
        fields.put("practitionerId", practitionerId);
        fields.put("durationMinutes", 30);
        fields.put("startsAt", at(MONDAY, "10:00"));
    }

    public static Booking of(String clientId, String practitionerId) {
        return new Booking(clientId, practitionerId);
    }

    /** RFC 3339 with the clinic's offset for a local date and time. */
    public static String at(LocalDate date, String localTime) {
        return date.atTime(LocalTime.parse(localTime)).atZone(CLINIC).toOffsetDateTime().toString();
    }

    public Booking with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Booking without(String field) {
        fields.remove(field);
        return this;
    }

    public Booking at(String localTime) {
        return with("startsAt", at(MONDAY, localTime));
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    public Response post(String path, String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(fields)
                .when().post(path);
    }

    /** Books as front desk, whatever the answer. */
    public Response book() {
        return post("/api/v1/appointments", "front-desk");
    }

    public Response hold() {
        return post("/api/v1/holds", "front-desk");
    }

    /** Books as front desk and returns the new appointment's id. */
    public String booked() {
        return book().then().statusCode(201).extract().path("id");
    }
}
