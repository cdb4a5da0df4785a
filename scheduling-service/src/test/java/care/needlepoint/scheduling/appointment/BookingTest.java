package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class BookingTest {

    private static final String APPOINTMENTS = "/api/v1/appointments";
    private static final String TYPES = "https://needlepoint.care/problems/";

    @Test
    void aPlainAppointmentIsBookedAndReadBack() {
        String client = PeerData.aClient();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        Response booked = Booking.of(client, practitioner).with("roomId", room).with("title", "Consultation")
                .with("notes", "First visit").book()
                .then().statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("clientId", equalTo(client))
                .body("practitionerId", equalTo(practitioner))
                .body("roomId", equalTo(room))
                .body("protocolId", nullValue())
                .body("title", equalTo("Consultation"))
                .body("numbing", equalTo(false))
                .body("numbingMinutes", equalTo(0))
                .body("procedureMinutes", equalTo(30))
                .body("turnoverMinutes", equalTo(15))
                // 10:00 in London in February is 10:00Z; the room needs its 15 minutes of turnover.
                .body("startsAt", equalTo("2027-02-01T10:00:00Z"))
                .body("procedureStartsAt", equalTo("2027-02-01T10:00:00Z"))
                .body("endsAt", equalTo("2027-02-01T10:30:00Z"))
                .body("roomFreeAt", equalTo("2027-02-01T10:45:00Z"))
                .body("overridden", equalTo(false))
                .body("cancellation", nullValue())
                .body("createdBy", equalTo("test-front-desk"))
                .body("version", equalTo(0))
                .extract().response();
        String id = booked.path("id");
        assertThat(booked.header("Location")).endsWith(APPOINTMENTS + "/" + id);
        assertThat(booked.header("ETag")).isEqualTo("\"0\"");

        given().auth().oauth2(TestTokens.forRole("integration"))
                .when().get(APPOINTMENTS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("notes", equalTo("First visit"));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(APPOINTMENTS + "/" + id + "/status-history")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].from", nullValue())
                .body("items[0].to", equalTo("BOOKED"))
                .body("items[0].changedBy", equalTo("test-front-desk"));
    }

    @Test
    void aSecondBookingOfThePractitionerAtAnOverlappingTimeIsAConflictNamingTheFirst() {
        String practitioner = aPractitioner().create();
        String first = Booking.of(PeerData.aClient(), practitioner).at("10:00").booked();
        Map<String, Long> before = Rows.countAll();

        Booking.of(PeerData.aClient(), practitioner).at("10:15").book()
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "conflict"))
                .body("detail", containsString(first))
                .body("detail", not(containsString("appointment_")))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].with", equalTo("PRACTITIONER"))
                .body("conflicts[0].appointmentId", equalTo(first))
                .body("conflicts[0].busyFrom", equalTo("2027-02-01T10:00:00Z"))
                .body("conflicts[0].busyUntil", equalTo("2027-02-01T10:30:00Z"));
        assertThat(Rows.countAll()).isEqualTo(before);

        // Back to back is not an overlap: busy times are half-open.
        Booking.of(PeerData.aClient(), practitioner).at("10:30").book().then().statusCode(201);
    }

    @Test
    void theRoomIsBusyUntilTurnoverEnds() {
        String room = aRoom().create();
        String first = Booking.of(PeerData.aClient(), aPractitioner().create()).with("roomId", room).at("10:00")
                .booked();
        Booking.of(PeerData.aClient(), aPractitioner().create()).with("roomId", room).at("10:30").book()
                .then().statusCode(409)
                .body("conflicts[0].with", equalTo("ROOM"))
                .body("conflicts[0].appointmentId", equalTo(first))
                .body("conflicts[0].busyUntil", equalTo("2027-02-01T10:45:00Z"));
        Booking.of(PeerData.aClient(), aPractitioner().create()).with("roomId", room).at("10:45").book()
                .then().statusCode(201);
    }

    @Test
    void aClientCannotBeInTwoPlacesAtOnce() {
        String client = PeerData.aClient();
        String first = Booking.of(client, aPractitioner().create()).at("11:00").booked();
        Booking.of(client, aPractitioner().create()).at("11:20").book()
                .then().statusCode(409)
                .body("conflicts[0].with", equalTo("CLIENT"))
                .body("conflicts[0].appointmentId", equalTo(first));
    }

    @Test
    void aCancelledAppointmentFreesItsTime() {
        String practitioner = aPractitioner().create();
        String first = Booking.of(PeerData.aClient(), practitioner).at("12:00").booked();
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Client is unwell"))
                .when().post(APPOINTMENTS + "/" + first + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        Booking.of(PeerData.aClient(), practitioner).at("12:00").book().then().statusCode(201);
    }

    /**
     * The database, not the service, stops double booking: many requests for the same practitioner and time at once
     * (each for another client and room, so only the practitioner collides) give exactly one booking, 409s for all
     * others and never a 5xx, and no two rows overlap.
     */
    @Test
    void manyParallelBookingsOfOneSlotGiveExactlyOneAppointment() throws Exception {
        String practitioner = aPractitioner().create();
        int requests = 12;
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            bookings.add(Booking.of(PeerData.aClient(), practitioner).with("roomId", aRoom().create())
                    .at("14:0" + (i % 3)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Booking booking : bookings) {
                answers.add(pool.submit((Callable<Integer>) () -> booking.book().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(requests - 1);

        try (Connection db = TestDatabase.adminConnection(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT count(*) FROM scheduling.appointment a "
                        + "JOIN scheduling.appointment b ON a.id < b.id AND a.practitioner_id = b.practitioner_id "
                        + "AND a.practitioner_time && b.practitioner_time WHERE a.practitioner_id = '" + practitioner
                        + "' AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("overlapping pairs").isZero();
        }
    }

    @Test
    void anAdministratorMayBookOverAConflictWithAReasonWhichIsAudited() throws Exception {
        String practitioner = aPractitioner().create();
        String first = Booking.of(PeerData.aClient(), practitioner).at("15:00").booked();
        Booking over = Booking.of(PeerData.aClient(), practitioner).at("15:00")
                .with("override", Map.of("reason", "Two-practitioner session agreed with both"));

        over.post(APPOINTMENTS, "front-desk").then().statusCode(403);
        String second = over.post(APPOINTMENTS, "admin").then().statusCode(201)
                .body("overridden", equalTo(true))
                .body("overrideReason", equalTo("Two-practitioner session agreed with both"))
                .extract().path("id");

        try (Connection db = TestDatabase.adminConnection(); Statement sql = db.createStatement();
                ResultSet audit = sql.executeQuery("SELECT actor, action, detail FROM scheduling.audit_entry "
                        + "WHERE record_id = '" + second + "'")) {
            assertThat(audit.next()).isTrue();
            assertThat(audit.getString("actor")).isEqualTo("test-admin");
            assertThat(audit.getString("action")).isEqualTo("OVERRIDE");
            assertThat(audit.getString("detail")).contains("Two-practitioner session").contains(first);
        }
        // The overridden appointment still holds its time against ordinary bookings.
        Booking.of(PeerData.aClient(), practitioner).at("15:15").book()
                .then().statusCode(409)
                .body("conflicts.appointmentId", hasItem(second));
    }

    @Test
    void aTimeOutsideWorkingHoursIsRefused() {
        String practitioner = aPractitioner().create();
        String client = PeerData.aClient();
        Map<String, Long> before = Rows.countAll();
        // The clinic opens at 09:00 and closes at 18:00 by default, Monday to Saturday.
        Booking.of(client, practitioner).at("17:45").book()
                .then().statusCode(422)
                .body("type", equalTo(TYPES + "rule-violated"))
                .body("reasons[0].code", equalTo("outside-working-hours"));
        Booking.of(client, practitioner)
                .with("startsAt", Booking.at(Booking.MONDAY.plusDays(6), "10:00")).book()
                .then().statusCode(422)
                .body("reasons[0].code", equalTo("outside-working-hours"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anUnknownOrArchivedClientCannotBeBooked() {
        String practitioner = aPractitioner().create();
        Map<String, Long> before = Rows.countAll();
        Booking.of(UUID.randomUUID().toString(), practitioner).book()
                .then().statusCode(400)
                .body("violations[0].field", equalTo("clientId"))
                .body("violations[0].message", equalTo("no client with this id"));

        String archived = PeerData.aClient();
        PeerData.archive(archived);
        Booking.of(archived, practitioner).book()
                .then().statusCode(422)
                .body("reasons[0].code", equalTo("client-not-bookable"))
                .body("detail", containsString("ARCHIVED"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void whenClientsServiceIsDownNothingIsBooked() {
        String practitioner = aPractitioner().create();
        String client = PeerData.aClient();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("clients");
        try {
            Booking.of(client, practitioner).book()
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo(TYPES + "dependency-unavailable"))
                    .body("detail", containsString("clients-service"));
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            PeerServices.restart("clients");
        }
        // A peer just started can take longer than the 2 s read timeout for its first calls on a busy machine: the
        // booking goes through once it answers, and every 503 before that stored nothing.
        io.restassured.response.Response again = Booking.of(client, practitioner).book();
        for (int attempt = 0; again.statusCode() == 503 && attempt < 20; attempt++) {
            assertThat(Rows.countAll()).isEqualTo(before);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            again = Booking.of(client, practitioner).book();
        }
        again.then().statusCode(201);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheBookingInsteadOfBookingTwice() {
        Booking booking = Booking.of(PeerData.aClient(), aPractitioner().create()).at("16:00");
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(booking.body())
                .when().post(APPOINTMENTS).then().statusCode(201).extract().response();
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(booking.body())
                .when().post(APPOINTMENTS)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertThat(Rows.countAll()).isEqualTo(before);
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(booking.with("durationMinutes", 45).body())
                .when().post(APPOINTMENTS)
                .then().statusCode(422).body("type", equalTo(TYPES + "idempotency-key-reused"));
    }
}
