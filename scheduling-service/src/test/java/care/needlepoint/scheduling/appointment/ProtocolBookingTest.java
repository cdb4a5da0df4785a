package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bookings for a treatment protocol, against the real treatments-service (protocols, eligibility) and clients-service
 * (consent). The tests that reach the eligibility check wait for checkEligibility (issue 4) to land.
 */
@QuarkusTest
class ProtocolBookingTest {

    private static Booking treatment(String client, String practitioner, String room, String protocol) {
        return Booking.of(client, practitioner).without("durationMinutes").with("roomId", room)
                .with("protocolId", protocol);
    }

    @Test
    void numbingHoldsTheRoomAndClientButLeavesThePractitionerFree() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "REQUIRED_ABOVE_DEPTH", 30);
        String client = PeerData.aTreatableClient();
        String first = treatment(client, practitioner, room, protocol).with("plannedDepthMm", 1.5).at("10:00")
                .book().then().statusCode(201)
                .body("numbing", equalTo(true))
                .body("numbingMinutes", equalTo(30))
                .body("procedureMinutes", equalTo(45))
                .body("protocolVersion", equalTo(1))
                .body("startsAt", equalTo("2027-02-01T10:00:00Z"))
                .body("procedureStartsAt", equalTo("2027-02-01T10:30:00Z"))
                .body("endsAt", equalTo("2027-02-01T11:15:00Z"))
                .body("roomFreeAt", equalTo("2027-02-01T11:30:00Z"))
                .extract().path("id");
        // While the cream takes effect (10:00-10:30) the practitioner treats someone else in another room.
        Booking.of(PeerData.aClient(), practitioner).at("10:00").book().then().statusCode(201);
        // The room stays busy until turnover ends; the client until the procedure ends.
        Booking.of(PeerData.aClient(), aPractitioner().create()).with("roomId", room).at("11:15").book()
                .then().statusCode(409).body("conflicts[0].with", equalTo("ROOM"))
                .body("conflicts[0].appointmentId", equalTo(first));
        Booking.of(client, aPractitioner().create()).at("10:15").book()
                .then().statusCode(409).body("conflicts[0].with", equalTo("CLIENT"));
    }

    @Test
    void aBookingAfterTheProtocolIsEditedUsesTheNewVersionAtOnce() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        treatment(PeerData.aTreatableClient(), practitioner, room, protocol).at("09:00").book()
                .then().statusCode(201).body("protocolVersion", equalTo(1)).body("procedureMinutes", equalTo(45));
        // This service keeps the current version it read for 30 s; the eligibility answer names version 2, so the
        // booking is planned again with it instead of being stored with version 1's 45 minutes.
        assertThat(PeerData.reviseProcedureMinutes(protocol, 60)).isEqualTo(2);
        treatment(PeerData.aTreatableClient(), practitioner, room, protocol).at("11:00").book()
                .then().statusCode(201).body("protocolVersion", equalTo(2)).body("procedureMinutes", equalTo(60))
                .body("endsAt", equalTo("2027-02-01T12:00:00Z"));
    }

    @Test
    void aBlockFromTheEligibilityCheckRefusesWithItsReasons() {
        // Consent but no screening: treatments-service blocks ("screening missing").
        String client = PeerData.aClient();
        PeerData.consentToTreatment(client);
        Booking booking = treatment(client, aPractitioner().create(), aRoom().create(),
                PeerData.aProtocol(45, "NONE", 0));
        Map<String, Long> before = Rows.countAll();
        booking.book()
                .then().statusCode(422)
                .body("outcome", equalTo("BLOCK"))
                .body("reasons.effect", hasItem("BLOCK"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aWarningRefusesUnlessAcknowledged() {
        String client = PeerData.aClient();
        PeerData.consentToTreatment(client);
        PeerData.recordScreening(client, Map.of("herpesSimplexHistory", true));
        Booking booking = treatment(client, aPractitioner().create(), aRoom().create(),
                PeerData.aProtocol(45, "NONE", 0));
        booking.book().then().statusCode(422).body("outcome", equalTo("WARN"));
        booking.with("acknowledgeWarnings", true).book().then().statusCode(201)
                .body("warningsAcknowledged", equalTo(true));
    }

    @Test
    void aTreatmentNeedsAValidConsentBeforeEligibilityIsEvenAsked() {
        String client = PeerData.aClient();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        Map<String, Long> before = Rows.countAll();
        treatment(client, practitioner, room, protocol).book()
                .then().statusCode(422)
                .body("reasons[0].code", equalTo("consent-missing"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void protocolRequestsThatDoNotFitAreRefusedNamingTheField() {
        String client = PeerData.aClient();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "REQUIRED_ABOVE_DEPTH", 30);
        Map<String, Long> before = Rows.countAll();
        treatment(client, practitioner, UUID.randomUUID().toString(), UUID.randomUUID().toString()).book()
                .then().statusCode(400).body("violations.field", hasItem("roomId"));
        treatment(client, practitioner, room, UUID.randomUUID().toString()).book()
                .then().statusCode(400).body("violations[0].field", equalTo("protocolId"));
        treatment(client, practitioner, null, protocol).book()
                .then().statusCode(400).body("violations[0].field", equalTo("roomId"));
        treatment(client, practitioner, room, protocol).with("durationMinutes", 30).book()
                .then().statusCode(400).body("violations[0].field", equalTo("durationMinutes"));
        treatment(client, practitioner, room, protocol).with("plannedDepthMm", 1.5).with("numbing", false).book()
                .then().statusCode(400).body("violations[0].field", equalTo("numbing"));
        treatment(client, practitioner, room, protocol).with("plannedDepthMm", 1.555).book()
                .then().statusCode(400).body("violations[0].field", equalTo("plannedDepthMm"));
        Booking.of(client, practitioner).with("numbing", true).book()
                .then().statusCode(400).body("violations[0].field", equalTo("numbing"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void whenTreatmentsServiceIsDownNothingIsBooked() {
        String client = PeerData.aTreatableClient();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        try {
            treatment(client, practitioner, room, protocol).book()
                    .then().statusCode(503)
                    .body("type", equalTo("https://needlepoint.care/problems/dependency-unavailable"))
                    .body("detail", org.hamcrest.Matchers.containsString("treatments-service"));
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            PeerServices.restart("treatments");
        }
    }
}
