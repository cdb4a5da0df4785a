package care.needlepoint.scheduling.recall;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.devkit.testing.SilentPeer;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Maintenance recalls end to end against the real treatments- and clients-service: a course is created on a protocol
 * with maintenance and all its sessions are charted through treatments-service's API, so it completes; then it is
 * listed here and booked from. Sessions are charted months in the past, so the maintenance window is open today.
 */
@QuarkusTest
class RecallTest {

    private static final String RECALLS = "/api/v1/recalls";
    private static final String TYPES = "https://needlepoint.care/problems/";

    /** A client, a 45-minute protocol (maintenance 6-12 months), a course of 3 sessions on it, and its state. */
    private record Recall(String client, String protocol, String course, LocalDate earliest, LocalDate latest) {
    }

    private static Recall aCompletedCourse() {
        String client = PeerData.aTreatableClient();
        String protocol = PeerData.aProtocol(45, "NONE", 0);
        String course = aCourse(client, protocol);
        for (int daysAgo : new int[] { 240, 220, 200 }) {
            chart(course, daysAgo);
        }
        Response view = PeerData.treatments("front-desk").when().get("/api/v1/courses/" + course)
                .then().statusCode(200).body("status", equalTo("MAINTENANCE")).extract().response();
        return new Recall(client, protocol, course, LocalDate.parse(view.path("maintenanceDueWindow.earliest")),
                LocalDate.parse(view.path("maintenanceDueWindow.latest")));
    }

    private static String aCourse(String client, String protocol) {
        Map<String, Object> body = Map.of("clientId", client, "protocolId", protocol, "plannedSessions", 3,
                "areas", List.of(Map.of("area", "CHEEKS", "deviceType", "PEN", "startingDepthMm", 1.0)));
        return PeerData.treatments("practitioner").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/courses").then().statusCode(201).extract().path("id");
    }

    private static void chart(String course, int daysAgo) {
        Map<String, Object> session = Map.of(
                "performedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withNano(0).toString(),
                "areas", List.of(Map.of("area", "CHEEKS", "deviceType", "PEN", "depthMm", 1.0,
                        "needleConfiguration", "12-pin nano cartridge", "passes", 3,
                        "directions", List.of("HORIZONTAL", "VERTICAL"), "endpoint", "ERYTHEMA")),
                "aftercareGiven", true);
        PeerData.treatments("practitioner").contentType(ContentType.JSON).body(session)
                .when().post("/api/v1/courses/" + course + "/sessions").then().statusCode(201);
    }

    /** A Monday at 10:00 clinic time, at least a week from now: open hours, and the screening still current. */
    private static String nextMondayAtTen(int weeksLater) {
        LocalDate monday = LocalDate.now(Booking.CLINIC).plusDays(7)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksLater);
        return Booking.at(monday, "10:00");
    }

    private static Map<String, Object> booking(String startsAt, String practitioner, String room) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", startsAt);
        body.put("practitionerId", practitioner);
        body.put("roomId", room);
        return body;
    }

    private static Response book(String role, String course, Object body, String key) {
        var request = given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(RECALLS + "/" + course + "/appointments");
    }

    /** The recall of {@code course} in the list, paging through it; null when it is not listed. */
    private static Map<String, Object> listed(String course, String role, Map<String, Object> query) {
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.forRole(role)).queryParams(query).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(RECALLS).then().statusCode(200).extract().response();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                if (course.equals(item.get("courseId"))) {
                    return item;
                }
            }
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return null;
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRecallBookingWaitingOnAHungTreatmentsServiceHoldsNoDatabaseConnection() throws Exception {
        Recall recall = aCompletedCourse();
        Map<String, Object> body = booking(nextMondayAtTen(0), aPractitioner().create(), aRoom().create());
        int port = java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.treatments-service.url", String.class)).getPort();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        ExecutorService desk = Executors.newSingleThreadExecutor();
        try (SilentPeer silent = SilentPeer.on(port)) {
            // With a key, as integrations send it: the key's claim is part of the write, not held while asking.
            Future<Response> answer = desk.submit(() -> book("front-desk", recall.course(), body,
                    UUID.randomUUID().toString()));
            Instant deadline = Instant.now().plusSeconds(10);
            while (silent.connections() < 1 && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            assertThat(silent.connections()).isEqualTo(1);
            assertThat(dataSource.getMetrics().activeCount()).isZero();
            answer.get().then().statusCode(503).body("type", equalTo(TYPES + "dependency-unavailable"));
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            desk.shutdownNow();
            PeerServices.restart("treatments");
        }
    }

    @Test
    void aCompletedSeriesIsARecallThatIsBookedFromAndThenShowsItsAppointment() {
        Recall recall = aCompletedCourse();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();

        Map<String, Object> item = listed(recall.course(), "front-desk", Map.of());
        assertThat(item).as("the completed course is due today").isNotNull();
        assertThat(item).containsEntry("clientId", recall.client()).containsEntry("protocolId", recall.protocol())
                .containsEntry("protocolVersion", 1).containsEntry("bookedAppointment", null);
        assertThat(item.get("maintenanceDueWindow")).isEqualTo(Map.of("earliest", recall.earliest().toString(),
                "latest", recall.latest().toString()));
        assertThat(listed(recall.course(), "admin", Map.of("unbookedOnly", true))).isNotNull();

        String startsAt = nextMondayAtTen(0);
        String key = UUID.randomUUID().toString();
        Response booked = book("front-desk", recall.course(), booking(startsAt, practitioner, room), key)
                .then().statusCode(201)
                .body("clientId", equalTo(recall.client()))
                .body("protocolId", equalTo(recall.protocol()))
                .body("practitionerId", equalTo(practitioner))
                .body("roomId", equalTo(room))
                .body("status", equalTo("BOOKED"))
                .body("startsAt", equalTo(Instant.from(OffsetDateTime.parse(startsAt)).toString()))
                .extract().response();
        String appointment = booked.path("id");
        assertThat(booked.header("Location")).endsWith("/api/v1/appointments/" + appointment);
        assertThat(booked.header("ETag")).isNotNull();

        // A retry with the same key books nothing more and answers the same.
        Map<String, Long> before = Rows.countAll();
        book("front-desk", recall.course(), booking(startsAt, practitioner, room), key).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(appointment));
        assertThat(Rows.countAll()).isEqualTo(before);

        Map<String, Object> after = listed(recall.course(), "integration", Map.of());
        assertThat(after).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) after.get("bookedAppointment");
        assertThat(shown).containsEntry("id", appointment).containsEntry("status", "BOOKED")
                .containsEntry("practitionerId", practitioner);
        assertThat(listed(recall.course(), "front-desk", Map.of("unbookedOnly", "true")))
                .as("booked recalls leave the call list").isNull();
    }

    @Test
    void aSecondBookingForTheSameRecallIsA409UntilTheFirstIsCancelled() {
        Recall recall = aCompletedCourse();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String first = book("front-desk", recall.course(), booking(nextMondayAtTen(0), practitioner, room), null)
                .then().statusCode(201).extract().path("id");

        Map<String, Long> before = Rows.countAll();
        book("admin", recall.course(), booking(nextMondayAtTen(1), practitioner, room), null)
                .then().statusCode(409)
                .body("type", equalTo(TYPES + "conflict"))
                .body("appointmentId", equalTo(first))
                .body("detail", containsString(first));
        assertThat(Rows.countAll()).isEqualTo(before);

        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Client asked to move to another week."))
                .when().post("/api/v1/appointments/" + first + "/cancellation").then().statusCode(200);
        assertThat(listed(recall.course(), "front-desk", Map.of("unbookedOnly", true))).isNotNull();
        String second = book("front-desk", recall.course(), booking(nextMondayAtTen(1), practitioner, room), null)
                .then().statusCode(201).extract().path("id");
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) listed(recall.course(), "front-desk", Map.of())
                .get("bookedAppointment");
        assertThat(shown).containsEntry("id", second);
    }

    @Test
    void aChartedMaintenanceSessionMakesANewRecallWithoutTheOldBooking() {
        Recall recall = aCompletedCourse();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        book("front-desk", recall.course(), booking(nextMondayAtTen(0), practitioner, room), null)
                .then().statusCode(201);
        chart(recall.course(), 1);
        String next = PeerData.treatments("front-desk").when().get("/api/v1/courses/" + recall.course())
                .then().statusCode(200).extract().path("maintenanceDueWindow.earliest");
        assertThat(LocalDate.parse(next)).isAfter(recall.earliest());

        assertThat(listed(recall.course(), "front-desk", Map.of())).as("not due again before its new window")
                .isNull();
        Map<String, Object> again = listed(recall.course(), "front-desk", Map.of("dueBy", next));
        assertThat(again).isNotNull().containsEntry("bookedAppointment", null);
        assertThat(again.get("maintenanceDueWindow")).asString().contains(next);
    }

    @Test
    void aDateOutsideTheMaintenanceWindowIsA422NamingStartsAt() {
        Recall recall = aCompletedCourse();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        LocalDate after = recall.latest().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Map<String, Long> before = Rows.countAll();
        book("front-desk", recall.course(), booking(Booking.at(after, "10:00"), practitioner, room), null)
                .then().statusCode(422)
                .body("type", equalTo(TYPES + "rule-violated"))
                .body("reasons[0].code", equalTo("outside-maintenance-window"))
                .body("reasons[0].field", equalTo("startsAt"))
                .body("maintenanceDueWindow.latest", equalTo(recall.latest().toString()));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aCourseNotDueForMaintenanceIsA422AndAnUnknownCourseA404() {
        String client = PeerData.aTreatableClient();
        String running = aCourse(client, PeerData.aProtocol(45, "NONE", 0));
        chart(running, 30);
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        Map<String, Long> before = Rows.countAll();
        book("front-desk", running, booking(nextMondayAtTen(0), practitioner, room), null).then().statusCode(422)
                .body("reasons[0].code", equalTo("not-due-for-maintenance"))
                .body("detail", containsString("ACTIVE"));
        book("front-desk", UUID.randomUUID().toString(), booking(nextMondayAtTen(0), practitioner, room), null)
                .then().statusCode(404).body("type", equalTo(TYPES + "not-found"));
        book("front-desk", "not-a-course", booking(nextMondayAtTen(0), practitioner, room), null)
                .then().statusCode(404);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theBookingPathsOwnChecksStillApply() {
        Recall recall = aCompletedCourse();
        String room = aRoom().create();
        String practitioner = aPractitioner().create();
        Map<String, Long> before = Rows.countAll();
        // Unknown practitioner: the ordinary booking's 400.
        book("front-desk", recall.course(), booking(nextMondayAtTen(0), UUID.randomUUID().toString(), room), null)
                .then().statusCode(400).body("violations.field", hasItem("practitionerId"));
        // Sunday: outside the clinic's hours.
        String sunday = Booking.at(LocalDate.now(Booking.CLINIC).plusDays(7)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), "10:00");
        book("front-desk", recall.course(), booking(sunday, practitioner, room), null)
                .then().statusCode(422).body("reasons.code", hasItem("outside-working-hours"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("startsAt", (Consumer<Map<String, Object>>) b -> b.remove("startsAt")),
                Arguments.of("startsAt", (Consumer<Map<String, Object>>) b -> b.put("startsAt", "2027-05-24T10:00:00")),
                Arguments.of("practitionerId", (Consumer<Map<String, Object>>) b -> b.remove("practitionerId")),
                Arguments.of("practitionerId", (Consumer<Map<String, Object>>) b -> b.put("practitionerId", 42)),
                Arguments.of("roomId", (Consumer<Map<String, Object>>) b -> b.remove("roomId")),
                Arguments.of("plannedDepthMm", (Consumer<Map<String, Object>>) b -> b.put("plannedDepthMm", 3.5)),
                Arguments.of("plannedDepthMm", (Consumer<Map<String, Object>>) b -> b.put("plannedDepthMm", 1.234)),
                Arguments.of("numbing", (Consumer<Map<String, Object>>) b -> b.put("numbing", "true")),
                Arguments.of("notes", (Consumer<Map<String, Object>>) b -> b.put("notes", "x".repeat(2001))),
                Arguments.of("clientId", (Consumer<Map<String, Object>>) b -> b.put("clientId",
                        UUID.randomUUID().toString())));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badBodiesAre400sNamingTheFieldAndStoreNothing(String field, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = booking(nextMondayAtTen(0), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        breakIt.accept(body);
        Map<String, Long> before = Rows.countAll();
        book("front-desk", UUID.randomUUID().toString(), body, UUID.randomUUID().toString()).then().statusCode(400)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", hasItem(field));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void badListParametersAre400sNamingThem() {
        var desk = given().auth().oauth2(TestTokens.forRole("front-desk"));
        desk.queryParam("dueBy", "next week").when().get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("dueBy"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("unbookedOnly", "yes").when()
                .get(RECALLS).then().statusCode(400).body("violations[0].field", equalTo("unbookedOnly"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("limit", 0).when().get(RECALLS).then()
                .statusCode(400).body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("cursor", "bm90LW91cnM").when()
                .get(RECALLS).then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("dueBy", "2000-01-01").when()
                .get(RECALLS).then().statusCode(200).body("items.size()", equalTo(0))
                .body("nextCursor", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "practitioner", "service" })
    void onlyTheFrontDeskAdminsAndIntegrationsWorkRecalls(String role) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole(role)).when().get(RECALLS).then().statusCode(403)
                .body("type", equalTo(TYPES + "forbidden"));
        book(role, UUID.randomUUID().toString(), booking(nextMondayAtTen(0), UUID.randomUUID().toString(),
                UUID.randomUUID().toString()), null).then().statusCode(403);
        given().when().get(RECALLS).then().statusCode(401);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void whenTreatmentsServiceIsDownListingAndBookingAre503AndNothingIsStored() {
        Recall recall = aCompletedCourse();
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        try {
            given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(RECALLS).then().statusCode(503)
                    .body("type", equalTo(TYPES + "dependency-unavailable"));
            // Without Idempotency-Key, as SeriesBookingTest explains.
            book("front-desk", recall.course(), booking(nextMondayAtTen(0), practitioner, room), null)
                    .then().statusCode(503).body("type", equalTo(TYPES + "dependency-unavailable"));
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            PeerServices.restart("treatments");
        }
    }
}
