package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class HoldTest {

    private static String confirm(String holdId) {
        return "/api/v1/holds/" + holdId + "/confirmation";
    }

    @Test
    void aHoldKeepsTheSlotForTheClinicsHoldMinutesAndIsConfirmedAsABooking() {
        String practitioner = aPractitioner().create();
        Response held = Booking.of(PeerData.aClient(), practitioner).at("10:00").hold()
                .then().statusCode(201)
                .body("status", equalTo("HELD"))
                .body("holdExpiresAt", notNullValue())
                .extract().response();
        String id = held.path("id");
        Instant expires = Instant.parse(held.path("holdExpiresAt"));
        Instant created = Instant.parse(held.path("createdAt"));
        assertThat(Duration.between(created, expires)).isEqualTo(Duration.ofMinutes(5));

        // A live hold blocks the time like a booking.
        Booking.of(PeerData.aClient(), practitioner).at("10:00").book()
                .then().statusCode(409).body("conflicts[0].appointmentId", equalTo(id));

        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(confirm(id))
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/appointments/" + id))
                .body("id", equalTo(id))
                .body("status", equalTo("BOOKED"));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/appointments/" + id + "/status-history")
                .then().statusCode(200)
                .body("items.to", org.hamcrest.Matchers.contains("HELD", "BOOKED"));
        // Confirming again is a conflict: it is no longer a hold.
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(confirm(id))
                .then().statusCode(409).body("currentStatus", equalTo("BOOKED"));
    }

    @Test
    void aLapsedHoldNoLongerBlocksAndCannotBeConfirmed() {
        String practitioner = aPractitioner().create();
        String hold = Booking.of(PeerData.aClient(), practitioner).at("11:00").hold()
                .then().statusCode(201).extract().path("id");
        Sql.update("UPDATE scheduling.appointment SET hold_expires_at = now() - interval '1 minute' "
                + "WHERE id = '" + hold + "'");

        Booking.of(PeerData.aClient(), practitioner).at("11:00").book().then().statusCode(201);
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/appointments/" + hold)
                .then().statusCode(200).body("status", equalTo("EXPIRED"));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(confirm(hold))
                .then().statusCode(409);
    }

    @Test
    void aConfirmationOfAHoldThatLapsedButWasNotTakenIsRefused() {
        String hold = Booking.of(PeerData.aClient(), aPractitioner().create()).at("11:30").hold()
                .then().statusCode(201).extract().path("id");
        Sql.update("UPDATE scheduling.appointment SET hold_expires_at = now() - interval '1 second' "
                + "WHERE id = '" + hold + "'");
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(confirm(hold))
                .then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("lapsed"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aReleasedHoldFreesTheSlotAtOnce() {
        String practitioner = aPractitioner().create();
        String hold = Booking.of(PeerData.aClient(), practitioner).at("12:00").hold()
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forRole("integration"))
                .when().delete("/api/v1/holds/" + hold)
                .then().statusCode(200).body("status", equalTo("EXPIRED"));
        Booking.of(PeerData.aClient(), practitioner).at("12:00").book().then().statusCode(201);
    }

    @Test
    void aHoldOnATakenSlotIsAConflictAndStoresNothing() {
        String practitioner = aPractitioner().create();
        Booking.of(PeerData.aClient(), practitioner).at("13:00").booked();
        String client = PeerData.aClient();
        Map<String, Long> before = Rows.countAll();
        Booking.of(client, practitioner).at("13:00").hold().then().statusCode(409);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void holdsCannotOverrideAndConfirmingAnUnknownHoldIsNotFound() {
        Booking.of(PeerData.aClient(), aPractitioner().create())
                .with("override", Map.of("reason", "because")).post("/api/v1/holds", "admin")
                .then().statusCode(400).body("violations[0].field", equalTo("override"));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(confirm(UUID.randomUUID().toString()))
                .then().statusCode(404);
    }

    @Test
    void confirmingWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String hold = Booking.of(PeerData.aClient(), aPractitioner().create()).at("14:00").hold()
                .then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .when().post(confirm(hold)).then().statusCode(201);
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .when().post(confirm(hold))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("status", equalTo("BOOKED"));
    }
}
