package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.PractitionerBuilder;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LifecycleTest {

    private static final String APPOINTMENTS = "/api/v1/appointments/";

    @Test
    void bookedThenCheckedInThenCompletedWithWhoAndWhen() {
        PractitionerBuilder ines = aPractitioner();
        String practitioner = ines.create();
        String id = Booking.of(PeerData.aClient(), practitioner).at("10:00").booked();

        given().auth().oauth2(TestTokens.forRole("front-desk")).header("If-Match", "\"0\"")
                .when().post(APPOINTMENTS + id + "/check-in")
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CHECKED_IN"));
        // Completion is the treating practitioner's (or an admin's), not the front desk's.
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(APPOINTMENTS + id + "/completion").then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser(ines.subject(), "practitioner"))
                .when().post(APPOINTMENTS + id + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        given().auth().oauth2(TestTokens.forRole("admin"))
                .when().get(APPOINTMENTS + id + "/status-history")
                .then().statusCode(200)
                .body("items.to", contains("BOOKED", "CHECKED_IN", "COMPLETED"))
                .body("items.changedBy", contains("test-front-desk", "test-front-desk", ines.subject()));
        // A completed appointment cannot be cancelled.
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "too late"))
                .when().post(APPOINTMENTS + id + "/cancellation")
                .then().statusCode(409).body("currentStatus", equalTo("COMPLETED"));
    }

    @Test
    void aPractitionerTouchesOnlyTheirOwnAppointments() {
        PractitionerBuilder ines = aPractitioner();
        String mine = Booking.of(PeerData.aClient(), ines.create()).at("11:00").booked();
        String theirs = Booking.of(PeerData.aClient(), aPractitioner().create()).at("11:00").booked();
        String token = TestTokens.forUser(ines.subject(), "practitioner");

        given().auth().oauth2(token).when().get(APPOINTMENTS + mine).then().statusCode(200);
        given().auth().oauth2(token).when().get(APPOINTMENTS + theirs).then().statusCode(403);
        given().auth().oauth2(token).when().post(APPOINTMENTS + theirs + "/check-in").then().statusCode(403);
        given().auth().oauth2(token).when().post(APPOINTMENTS + mine + "/check-in").then().statusCode(200);
    }

    @Test
    void aCancellationRecordsReasonWhoAndWhetherItWasLate() {
        String far = Booking.of(PeerData.aClient(), aPractitioner().create()).at("12:00").booked();
        given().auth().oauth2(TestTokens.forRole("integration")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Client is unwell"))
                .when().post(APPOINTMENTS + far + "/cancellation")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo("Client is unwell"))
                .body("cancellation.cancelledBy", equalTo("test-integration"))
                .body("cancellation.late", equalTo(false));

        // Less than the clinic's 24-hour window before the start: late.
        String soon = Booking.of(PeerData.aClient(), aPractitioner().create()).at("12:00").booked();
        Sql.update("UPDATE scheduling.appointment SET starts_at = now() + interval '2 hours', "
                + "procedure_starts_at = now() + interval '2 hours', procedure_ends_at = now() + interval '150 minutes', "
                + "room_free_at = now() + interval '150 minutes' WHERE id = '" + soon + "'");
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Running late, cannot come"))
                .when().post(APPOINTMENTS + soon + "/cancellation")
                .then().statusCode(200).body("cancellation.late", equalTo(true));
    }

    @Test
    void aNoShowCanOnlyBeRecordedOnceTheAppointmentHasStarted() {
        String id = Booking.of(PeerData.aClient(), aPractitioner().create()).at("13:00").booked();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(APPOINTMENTS + id + "/no-show")
                .then().statusCode(409);
        Sql.startedMinutesAgo(id, 20);
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post(APPOINTMENTS + id + "/no-show")
                .then().statusCode(200).body("status", equalTo("NO_SHOW"));
    }

    @Test
    void rescheduleNeedsTheCurrentETagAndChecksTheNewTimeAgain() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String id = Booking.of(PeerData.aClient(), practitioner).with("roomId", room).at("14:00").booked();
        String other = Booking.of(PeerData.aClient(), practitioner).at("16:00").booked();
        Map<String, Object> move = Map.of("startsAt", Booking.at(Booking.MONDAY, "15:00"));

        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(move)
                .when().post(APPOINTMENTS + id + "/reschedule")
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(move)
                .header("If-Match", "\"7\"")
                .when().post(APPOINTMENTS + id + "/reschedule")
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(move)
                .header("If-Match", "\"0\"")
                .when().post(APPOINTMENTS + id + "/reschedule")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("startsAt", equalTo("2027-02-01T15:00:00Z"))
                .body("roomId", equalTo(room))
                .body("status", equalTo("BOOKED"));
        // Onto its own old time and beyond: fine; onto another appointment: a conflict, and nothing changes.
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(Map.of("startsAt", Booking.at(Booking.MONDAY, "16:15"))).header("If-Match", "\"1\"")
                .when().post(APPOINTMENTS + id + "/reschedule")
                .then().statusCode(409).body("conflicts[0].appointmentId", equalTo(other));
        assertThat(Rows.countAll()).isEqualTo(before);
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(APPOINTMENTS + id)
                .then().body("startsAt", equalTo("2027-02-01T15:00:00Z")).body("version", equalTo(1));
        // Outside hours is checked again too.
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(Map.of("startsAt", Booking.at(Booking.MONDAY, "19:00"))).header("If-Match", "\"1\"")
                .when().post(APPOINTMENTS + id + "/reschedule")
                .then().statusCode(422).body("reasons[0].code", equalTo("outside-working-hours"));
    }

    @Test
    void roleMatrixOfBookingAndTheLifecycle() {
        String practitioner = aPractitioner().create();
        String client = PeerData.aClient();
        Booking booking = Booking.of(client, practitioner).at("17:00");
        Map<String, Long> before = Rows.countAll();
        for (String role : new String[] { "practitioner", "service" }) {
            booking.post("/api/v1/appointments", role).then().statusCode(403);
            booking.post("/api/v1/holds", role).then().statusCode(403);
        }
        assertThat(Rows.countAll()).isEqualTo(before);
        String id = booking.post("/api/v1/appointments", "integration").then().statusCode(201).extract().path("id");
        for (String action : new String[] { "no-show", "check-in" }) {
            given().auth().oauth2(TestTokens.forRole("service")).when().post(APPOINTMENTS + id + "/" + action)
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).when().post(APPOINTMENTS + id + "/cancellation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("service")).when().get(APPOINTMENTS + id).then().statusCode(403);
        given().when().get(APPOINTMENTS + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("admin")).when().get(APPOINTMENTS + id).then().statusCode(200);
    }

    @Test
    void updatedSinceListsChangesInOrderOfChangeWithACursor() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        String practitioner = aPractitioner().create();
        String a = Booking.of(PeerData.aClient(), practitioner).at("09:00").booked();
        String b = Booking.of(PeerData.aClient(), practitioner).at("09:30").booked();
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().post(APPOINTMENTS + a + "/check-in")
                .then().statusCode(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.forRole("integration"))
                    .queryParam("updatedSince", since).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/appointments").then().statusCode(200).extract().response();
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        // b changed last-but-one, a (checked in) last.
        assertThat(ids.stream().filter(id -> id.equals(a) || id.equals(b)).toList()).containsExactly(b, a);
        given().auth().oauth2(TestTokens.forRole("integration")).queryParam("updatedSince", "2027-01-01T10:00:00")
                .when().get("/api/v1/appointments")
                .then().statusCode(400).body("violations[0].field", equalTo("updatedSince"));
        given().auth().oauth2(TestTokens.forRole("practitioner")).queryParam("updatedSince", since)
                .when().get("/api/v1/appointments").then().statusCode(403);
    }

    @Test
    void calendarsOfPractitionerRoomAndClient() {
        PractitionerBuilder ines = aPractitioner();
        String practitioner = ines.create();
        String room = aRoom().create();
        String client = PeerData.aClient();
        String monday = Booking.of(client, practitioner).with("roomId", room).at("10:00").booked();
        String wednesday = Booking.of(client, practitioner).with("roomId", room)
                .with("startsAt", Booking.at(Booking.MONDAY.plusDays(2), "10:00")).booked();
        String past = Booking.of(client, practitioner).with("startsAt", Booking.at(Booking.MONDAY, "12:00")).booked();
        Sql.startedMinutesAgo(past, 60 * 24 * 3);

        String token = TestTokens.forUser(ines.subject(), "practitioner");
        given().auth().oauth2(token).queryParam("date", Booking.MONDAY.toString())
                .when().get("/api/v1/practitioners/" + practitioner + "/appointments")
                .then().statusCode(200).body("items.id", contains(monday));
        given().auth().oauth2(token).queryParam("date", Booking.MONDAY.plusDays(4).toString())
                .queryParam("span", "WEEK")
                .when().get("/api/v1/practitioners/" + practitioner + "/appointments")
                .then().statusCode(200).body("items.id", contains(monday, wednesday));
        given().auth().oauth2(TestTokens.forRole("practitioner")).queryParam("date", Booking.MONDAY.toString())
                .when().get("/api/v1/practitioners/" + practitioner + "/appointments")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("date", "2027-02-03")
                .when().get("/api/v1/rooms/" + room + "/appointments")
                .then().statusCode(200).body("items.id", contains(wednesday));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("date", "next monday")
                .when().get("/api/v1/rooms/" + room + "/appointments")
                .then().statusCode(400).body("violations[0].field", equalTo("date"));

        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/clients/" + client + "/appointments")
                .then().statusCode(200).body("items.id", contains(monday, wednesday));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("when", "PAST")
                .when().get("/api/v1/clients/" + client + "/appointments")
                .then().statusCode(200).body("items.id", contains(past));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("when", "SOON")
                .when().get("/api/v1/clients/" + client + "/appointments")
                .then().statusCode(400).body("violations[0].field", equalTo("when"));
        assertThat(LocalDate.now()).isBefore(Booking.MONDAY);
    }
}
