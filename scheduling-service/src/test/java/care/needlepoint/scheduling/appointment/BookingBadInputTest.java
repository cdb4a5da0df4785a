package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each kind of bad booking request is a 400 naming the field (or a 422 for a rule), and stores nothing. */
@QuarkusTest
class BookingBadInputTest {

    @Test
    void badBookingsAndHoldsAreRefusedNamingTheFieldAndStoreNothing() {
        String client = PeerData.aClient();
        String practitioner = aPractitioner().create();
        String inactiveRoom = aRoom().with("active", false).create();
        Map<String, Long> before = Rows.countAll();

        Map<String, Booking> cases = new LinkedHashMap<>();
        cases.put("clientId", Booking.of(client, practitioner).without("clientId"));
        cases.put("practitionerId", Booking.of(client, UUID.randomUUID().toString()));
        cases.put("roomId", Booking.of(client, practitioner).with("roomId", UUID.randomUUID().toString()));
        cases.put("startsAt", Booking.of(client, practitioner).with("startsAt", "2027-02-01T10:00:00"));
        cases.put("durationMinutes", Booking.of(client, practitioner).with("durationMinutes", 601));
        cases.put("title", Booking.of(client, practitioner).with("title", "x".repeat(121)));
        cases.put("notes", Booking.of(client, practitioner).with("notes", 42));
        cases.put("colour", Booking.of(client, practitioner).with("colour", "blue"));
        cases.put("acknowledgeWarnings", Booking.of(client, practitioner).with("acknowledgeWarnings", "yes"));
        cases.put("override.reason", Booking.of(client, practitioner).with("override", Map.of("reason", " ")));
        cases.put("plannedDepthMm", Booking.of(client, practitioner).with("plannedDepthMm", 1.0));
        cases.forEach((field, booking) -> {
            for (String path : new String[] { "/api/v1/appointments", "/api/v1/holds" }) {
                booking.post(path, "admin")
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://needlepoint.care/problems/validation-failed"))
                        .body("violations.field", hasItem(field));
            }
        });
        // In the past, or absurdly far ahead.
        Booking.of(client, practitioner).with("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString())
                .book().then().statusCode(400).body("violations[0].field", equalTo("startsAt"));
        Booking.of(client, practitioner).with("startsAt", "2099-02-01T10:00:00Z")
                .book().then().statusCode(400).body("violations[0].field", equalTo("startsAt"));
        // Not JSON, no body at all.
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body("{\"clientId\":")
                .when().post("/api/v1/appointments")
                .then().statusCode(400).body("type", equalTo("https://needlepoint.care/problems/malformed-request"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .when().post("/api/v1/appointments")
                .then().statusCode(400).body("violations[0].field", equalTo("(body)"));
        // An inactive room cannot be booked: a rule, not a malformed request.
        Booking.of(client, practitioner).with("roomId", inactiveRoom).book()
                .then().statusCode(422).body("reasons[0].code", equalTo("room-inactive"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
