package care.needlepoint.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Reliability under races: two scheduling-service instances on different ports share one database, and many
 * concurrent front desks fire overlapping bookings at both (the same practitioners, rooms and clients, a handful of
 * start times). Afterwards SQL finds no two active appointments that overlap for a practitioner, a room or a client,
 * and no answer was a 5xx: the exclusion constraints, not Java, keep the calendar consistent.
 */
class TwoInstanceRaceIT {

    private static final int ATTEMPTS = 1_000;
    private static final int DESKS = 16;

    private static RunningSystem system;
    private static Process secondScheduling;
    private static String secondUrl;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.start(RunningSystem.newDataDirectory());
        int port = RunningSystem.freePortForTests();
        // The first instance's settings (database role, keys, peers, service token) with the port left out, so that
        // the second one listens where it is told.
        java.util.Properties settings = new java.util.Properties();
        try (var in = Files.newBufferedReader(system.dataDirectory.resolve("config/scheduling-service.properties"))) {
            settings.load(in);
        }
        settings.setProperty("quarkus.http.port", Integer.toString(port));
        Path config = system.dataDirectory.resolve("config/scheduling-service-2.properties");
        try (var out = Files.newBufferedWriter(config)) {
            settings.store(out, "second scheduling-service instance of TwoInstanceRaceIT");
        }
        Path log = system.dataDirectory.resolve("logs/scheduling-service-2.log");
        secondScheduling = ServiceProcess.launch(
                RunningSystem.ROOT.resolve("scheduling-service/target/quarkus-app/quarkus-run.jar"), config)
                .redirectOutput(log.toFile()).start();
        secondUrl = "http://localhost:" + port;
        awaitReady(secondUrl + "/q/health/ready", log);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (secondScheduling != null) {
            secondScheduling.destroy();
            secondScheduling.waitFor();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void overlappingBookingsFromManyDesksOnTwoInstancesNeverDoubleBookAnyone() throws Exception {
        String admin = system.token("admin");
        String frontDesk = system.token("front-desk");
        String scheduling = system.url(LocalService.SCHEDULING);
        List<String> practitioners = List.of(create(scheduling, admin, "/api/v1/practitioners",
                Map.of("displayName", "Race One", "subject", "race-one", "active", true)),
                create(scheduling, admin, "/api/v1/practitioners",
                        Map.of("displayName", "Race Two", "subject", "race-two", "active", true)));
        List<String> rooms = List.of(create(scheduling, admin, "/api/v1/rooms", Map.of("name", "Race A", "active", true)),
                create(scheduling, admin, "/api/v1/rooms", Map.of("name", "Race B", "active", true)));
        List<String> clients = given().baseUri(system.url(LocalService.CLIENTS)).auth().oauth2(frontDesk)
                .queryParam("status", "ACTIVE").queryParam("limit", 3)
                .get("/api/v1/clients").then().statusCode(200).extract().path("items.id");
        ZoneId clinic = ZoneId.of(given().baseUri(scheduling).auth().oauth2(admin).get("/api/v1/clinic-settings")
                .then().statusCode(200).extract().<String>path("timeZone"));
        LocalDate tuesday = LocalDate.now(clinic).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        List<String> starts = new ArrayList<>();
        for (int slot = 0; slot < 8; slot++) {
            starts.add(ZonedDateTime.of(tuesday, LocalTime.of(10, 0).plusMinutes(15L * slot), clinic)
                    .toOffsetDateTime().toString());
        }

        List<String> instances = List.of(scheduling, secondUrl);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService desks = Executors.newFixedThreadPool(DESKS);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                Random pick = new Random(i);
                Map<String, Object> booking = Map.of(
                        "clientId", clients.get(pick.nextInt(clients.size())),
                        "practitionerId", practitioners.get(pick.nextInt(practitioners.size())),
                        "roomId", rooms.get(pick.nextInt(rooms.size())),
                        "startsAt", starts.get(pick.nextInt(starts.size())),
                        "durationMinutes", 30 + 15 * pick.nextInt(3));
                String instance = instances.get(i % instances.size());
                attempts.add(() -> given().baseUri(instance).auth().oauth2(frontDesk)
                        .contentType(ContentType.JSON).body(booking)
                        .post("/api/v1/appointments").statusCode());
            }
            for (Future<Integer> status : desks.invokeAll(attempts)) {
                statuses.merge(status.get(), 1, Integer::sum);
            }
        } finally {
            desks.shutdownNow();
        }
        System.out.println("Race: " + ATTEMPTS + " booking attempts on two instances, answers by status: " + statuses);

        assertThat(statuses.keySet()).allMatch(status -> status < 500);
        assertThat(statuses.getOrDefault(201, 0)).isGreaterThan(0);
        assertThat(statuses.getOrDefault(409, 0)).isGreaterThan(0);
        assertThat(overlapsOfActiveAppointments()).isZero();
    }

    private static long overlapsOfActiveAppointments() throws Exception {
        String url = "jdbc:postgresql://localhost:" + system.postgresPort + "/needlepoint";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement sql = connection.createStatement();
                ResultSet overlaps = sql.executeQuery("""
                        SELECT count(*) FROM scheduling.appointment a
                          JOIN scheduling.appointment b ON a.id < b.id
                         WHERE a.status NOT IN ('CANCELLED', 'EXPIRED') AND b.status NOT IN ('CANCELLED', 'EXPIRED')
                           AND ((a.practitioner_id = b.practitioner_id AND a.practitioner_time && b.practitioner_time)
                             OR (a.room_id = b.room_id AND a.room_time && b.room_time)
                             OR (a.client_id = b.client_id AND a.client_time && b.client_time))""")) {
            overlaps.next();
            return overlaps.getLong(1);
        }
    }

    private static String create(String base, String token, String path, Map<String, Object> body) {
        return given().baseUri(base).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }

    private static void awaitReady(String health, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!secondScheduling.isAlive()) {
                throw new IllegalStateException("The second scheduling-service exited:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(health)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The second scheduling-service did not become ready:\n" + Files.readString(log));
    }
}
