package care.needlepoint.scheduling.appointment;

import static care.needlepoint.scheduling.support.Fixtures.SERIES;
import static care.needlepoint.scheduling.support.Fixtures.SIX;
import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.devkit.testing.SilentPeer;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.Fixtures;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Booking a whole series in one call, all or none, against the real clients- and treatments-service. */
@QuarkusTest
class SeriesBookingTest {

    private static Map<String, Object> series(String client, String protocol, String practitioner, String room,
            List<String> starts) {
        return Fixtures.seriesBody(client, protocol, practitioner, room, starts);
    }

    private static Response book(Map<String, Object> body, String key) {
        return given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post(SERIES);
    }

    @Test
    void aSixSessionSeriesIsBookedInOneCallAndReadBack() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String client = PeerData.aTreatableClient();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = series(client, protocol, practitioner, room, SIX);
        Response booked = book(body, key).then().statusCode(201)
                .body("appointments.size()", equalTo(6))
                .body("appointments.status", everyItemIs("BOOKED"))
                .body("appointments.seriesSequence", equalTo(List.of(1, 2, 3, 4, 5, 6)))
                .body("appointments[2].startsAt", equalTo("2027-03-29T09:00:00Z"))
                .extract().response();
        String seriesId = booked.path("id");
        List<String> ids = booked.path("appointments.id");
        // The screening recorded today is current for 90 days (clients-service default): sessions on or after its
        // expiry are booked, each with a note that it must be renewed first.
        java.time.Instant expiry = java.time.Instant.now().plus(java.time.Duration.ofDays(90));
        List<Integer> late = new ArrayList<>();
        for (int k = 0; k < SIX.size(); k++) {
            if (!java.time.OffsetDateTime.parse(SIX.get(k)).toInstant().isBefore(expiry)) {
                late.add(k + 1);
            }
        }
        booked.then().body("attention.sequence", equalTo(late))
                .body("attention.code", everyItemIs("screening-renewal"))
                .body("attention.message", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith("screening must be renewed before ")));
        assertThat(ids).doesNotHaveDuplicates();
        // The client's facts were read twice for the six sessions: by this service, and once by treatments-service
        // for all six dates (checkSeriesEligibility), not once per session.
        List<String> factReads = PeerData.clients("admin").queryParam("limit", 100)
                .when().get("/api/v1/clients/" + client + "/audit-events")
                .then().statusCode(200)
                .extract().path("items.findAll { it.recordType == 'BOOKING_FACTS' }.actor");
        assertThat(factReads).hasSize(2);
        // A retry with the same key books nothing more.
        Map<String, Long> before = Rows.countAll();
        book(body, key).then().statusCode(201).body("id", equalTo(seriesId));
        assertThat(Rows.countAll()).isEqualTo(before);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + seriesId)
                .then().statusCode(200)
                .body("appointments.id", equalTo(ids))
                .body("appointments.seriesId", everyItemIs(seriesId));
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aSeriesAfterTheProtocolIsEditedIsBookedWithTheNewVersion() {
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        book(series(PeerData.aTreatableClient(), protocol, aPractitioner().create(), aRoom().create(), SIX),
                UUID.randomUUID().toString())
                .then().statusCode(201)
                .body("appointments.protocolVersion", everyItemIs(1))
                .body("appointments.procedureMinutes", everyItemIs(45));
        // The copy of version 1 this service keeps is still fresh; the eligibility answer names version 2.
        assertThat(PeerData.reviseProcedureMinutes(protocol, 60)).isEqualTo(2);
        book(series(PeerData.aTreatableClient(), protocol, aPractitioner().create(), aRoom().create(), SIX),
                UUID.randomUUID().toString())
                .then().statusCode(201)
                .body("appointments.protocolVersion", everyItemIs(2))
                .body("appointments.procedureMinutes", everyItemIs(60));
    }

    @Test
    void aSeriesAcrossBothDstChangesKeepsTenOClockLocal() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0, 56, 63);
        String client = PeerData.aTreatableClient();
        List<String> starts = List.of("2027-03-15T10:00:00Z", "2027-05-10T10:00:00+01:00",
                "2027-07-05T10:00:00+01:00", "2027-08-30T10:00:00+01:00", "2027-10-25T10:00:00+01:00",
                "2027-12-20T10:00:00Z");
        book(series(client, protocol, practitioner, room, starts), UUID.randomUUID().toString())
                .then().statusCode(201)
                .body("appointments.startsAt", equalTo(List.of("2027-03-15T10:00:00Z", "2027-05-10T09:00:00Z",
                        "2027-07-05T09:00:00Z", "2027-08-30T09:00:00Z", "2027-10-25T09:00:00Z",
                        "2027-12-20T10:00:00Z")));
    }

    @Test
    void aConflictWithOneSessionIsA409NamingItAndNothingIsBooked() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String client = PeerData.aTreatableClient();
        // Someone else takes the practitioner at session 4's time after the proposal was made.
        String taken = Booking.of(PeerData.aClient(), practitioner).with("startsAt", "2027-04-26T10:15:00+01:00")
                .book().then().statusCode(201).extract().path("id");
        Map<String, Long> before = Rows.countAll();
        book(series(client, protocol, practitioner, room, SIX), UUID.randomUUID().toString())
                .then().statusCode(409)
                .body("sessionSequence", equalTo(4))
                .body("conflicts[0].with", equalTo("PRACTITIONER"))
                .body("conflicts[0].appointmentId", equalTo(taken))
                .body("detail", containsString("Session 4"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void sessionsOutsideTheSpacingAreRefusedNamingTheSession() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        Map<String, Long> before = Rows.countAll();
        book(series(PeerData.aTreatableClient(), protocol, practitioner, room,
                List.of("2027-02-01T10:00:00Z", "2027-02-15T10:00:00Z")), UUID.randomUUID().toString())
                .then().statusCode(400).body("violations.field", hasItem("sessions[1].startsAt"));
        Map<String, Object> none = series(UUID.randomUUID().toString(), protocol, practitioner, room, List.of());
        book(none, UUID.randomUUID().toString()).then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                .body(series(UUID.randomUUID().toString(), protocol, practitioner, room, SIX))
                .when().post(SERIES).then().statusCode(403);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aSeriesBookedForACourseKeepsItAndACourseOfAnotherClientOrProtocolIsRefused() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String client = PeerData.aTreatableClient();
        String course = aCourse(client, protocol);
        Map<String, Long> before = Rows.countAll();
        Map<String, Object> otherClient = new java.util.HashMap<>(series(PeerData.aTreatableClient(), protocol,
                practitioner, room, SIX));
        otherClient.put("courseId", course);
        book(otherClient, UUID.randomUUID().toString()).then().statusCode(400).body("violations[0].field", equalTo("courseId"))
                .body("violations[0].message", containsString("another client"));
        Map<String, Object> otherProtocol = new java.util.HashMap<>(series(client, PeerData.aProtocol(45, "NONE", 0),
                practitioner, room, SIX));
        otherProtocol.put("courseId", course);
        book(otherProtocol, UUID.randomUUID().toString()).then().statusCode(400).body("violations[0].message",
                containsString("another protocol"));
        Map<String, Object> unknown = new java.util.HashMap<>(series(client, protocol, practitioner, room, SIX));
        unknown.put("courseId", UUID.randomUUID().toString());
        book(unknown, UUID.randomUUID().toString()).then().statusCode(400).body("violations[0].message", containsString("no course"));
        assertThat(Rows.countAll()).isEqualTo(before);

        Map<String, Object> body = new java.util.HashMap<>(series(client, protocol, practitioner, room, SIX));
        body.put("courseId", course);
        String seriesId = book(body, UUID.randomUUID().toString()).then().statusCode(201).body("courseId", equalTo(course))
                .extract().path("id");
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + seriesId)
                .then().statusCode(200).body("courseId", equalTo(course));
    }

    private static String aCourse(String client, String protocol) {
        Map<String, Object> body = Map.of("clientId", client, "protocolId", protocol, "plannedSessions", 6,
                "areas", List.of(Map.of("area", "CHEEKS", "deviceType", "PEN", "startingDepthMm", 1.0)));
        return PeerData.treatments("practitioner").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/courses").then().statusCode(201).extract().path("id");
    }

    @Test
    void whenTreatmentsServiceIsDownNothingIsBooked() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String client = PeerData.aTreatableClient();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        try {
            // Without Idempotency-Key here; the two tests below prove the same with one (no claim row survives).
            given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                    .body(series(client, protocol, practitioner, room, SIX)).when().post(SERIES)
                    .then().statusCode(503)
                    .body("type", equalTo("https://needlepoint.care/problems/dependency-unavailable"));
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            PeerServices.restart("treatments");
        }
    }

    @Test
    void whenTreatmentsServiceIsDownARequestWithAnIdempotencyKeyLeavesNoClaimBehind() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String client = PeerData.aTreatableClient();
        Map<String, Object> body = series(client, protocol, practitioner, room, SIX);
        String key = UUID.randomUUID().toString();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                book(body, key).then().statusCode(503)
                        .body("type", equalTo("https://needlepoint.care/problems/dependency-unavailable"));
                assertThat(Rows.countAll()).isEqualTo(before);
            }
        } finally {
            PeerServices.restart("treatments");
        }
        // The key was never claimed, so the same request runs once the dependency is back (a peer just started
        // may answer its first calls slowly on a busy machine: retry while it answers 503).
        Response answer = book(body, key);
        for (int attempt = 0; answer.statusCode() == 503 && attempt < 20; attempt++) {
            assertThat(Rows.countAll()).isEqualTo(before);
            sleep(1000);
            answer = book(body, key);
        }
        answer.then().statusCode(201).body("appointments.size()", equalTo(6));
    }

    @Test
    void whenTreatmentsServiceHangsARequestWithAnIdempotencyKeyLeavesNoClaimBehind() throws Exception {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String client = PeerData.aTreatableClient();
        Map<String, Object> body = series(client, protocol, practitioner, room, SIX);
        String key = UUID.randomUUID().toString();
        int port = java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.treatments-service.url", String.class)).getPort();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        // In its place, a server that accepts connections and never answers: every call runs into the read timeout.
        try (SilentPeer silent = SilentPeer.on(port)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                book(body, key).then().statusCode(503)
                        .body("type", equalTo("https://needlepoint.care/problems/dependency-unavailable"));
                assertThat(Rows.countAll()).isEqualTo(before);
            }
            // A read that timed out is not tried again (PeerCalls.RETRY_WITHIN_MS): one connection per booking at
            // most, so the front desk waits one timeout for its 503, not two.
            assertThat(silent.connections()).isBetween(1, 2);
        } finally {
            PeerServices.restart("treatments");
        }
        Response answer = book(body, key);
        for (int attempt = 0; answer.statusCode() == 503 && attempt < 20; attempt++) {
            assertThat(Rows.countAll()).isEqualTo(before);
            sleep(1000);
            answer = book(body, key);
        }
        answer.then().statusCode(201).body("appointments.size()", equalTo(6));
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBookingWaitingOnAHungPeerHoldsNoDatabaseConnection() throws Exception {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String client = PeerData.aTreatableClient();
        // Booked once each first, so that the protocol is known and no circuit breaker is open from earlier tests.
        Response first = treatment(client, practitioner, room, protocol, 1).book();
        for (int attempt = 0; first.statusCode() == 503 && attempt < 20; attempt++) {
            sleep(1000);
            first = treatment(client, practitioner, room, protocol, 1).book();
        }
        first.then().statusCode(201);
        book(series(client, protocol, practitioner, room, SIX), UUID.randomUUID().toString()).then().statusCode(201);
        String hold = treatment(client, practitioner, room, protocol, 3).hold().then().statusCode(201)
                .extract().path("id");
        String booked = treatment(client, practitioner, room, protocol, 4).booked();

        int port = java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.treatments-service.url", String.class)).getPort();
        List<String> later = SIX.stream().map(t -> java.time.OffsetDateTime.parse(t).plusDays(7).toString()).toList();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        ExecutorService desks = Executors.newFixedThreadPool(5);
        try (SilentPeer silent = SilentPeer.on(port)) {
            List<Future<Response>> answers = List.of(
                    desks.submit(() -> treatment(client, practitioner, room, protocol, 2).book()),
                    desks.submit(() -> book(series(client, protocol, practitioner, room, later),
                            UUID.randomUUID().toString())),
                    desks.submit(() -> given().auth().oauth2(TestTokens.forRole("front-desk"))
                            .contentType(ContentType.JSON).body(series(client, protocol, practitioner, room, later))
                            .when().post(SERIES)),
                    desks.submit(() -> given().auth().oauth2(TestTokens.forRole("front-desk"))
                            .when().post("/api/v1/holds/" + hold + "/confirmation")),
                    desks.submit(() -> given().auth().oauth2(TestTokens.forRole("front-desk"))
                            .contentType(ContentType.JSON).header("If-Match", "\"0\"")
                            .body(Map.of("startsAt", Booking.at(Booking.MONDAY.plusDays(4), "11:00")))
                            .when().post("/api/v1/appointments/" + booked + "/reschedule")));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (silent.connections() < answers.size() && System.nanoTime() < deadline) {
                sleep(5);
            }
            assertThat(silent.connections()).isEqualTo(answers.size());
            // A booking, two series, a hold's confirmation and a move, all waiting for eligibility from the silent
            // peer with their own checks done: none of them may hold one of the pool's connections while it waits.
            assertThat(dataSource.getMetrics().activeCount()).isZero();
            for (Future<Response> answer : answers) {
                answer.get().then().statusCode(503)
                        .body("type", equalTo("https://needlepoint.care/problems/dependency-unavailable"));
            }
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            desks.shutdownNow();
            PeerServices.restart("treatments");
        }
    }

    private static Booking treatment(String client, String practitioner, String room, String protocol, int dayAfter) {
        return Booking.of(client, practitioner).with("roomId", room).with("protocolId", protocol)
                .without("durationMinutes").with("startsAt", Booking.at(Booking.MONDAY.plusDays(dayAfter), "10:00"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(Object value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
