package care.needlepoint.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Idempotency across the packaged system (issue 7, "Idempotency"): for one creating POST of each service, the same
 * request with the same Idempotency-Key 20 times at once and 5 times after → one record (SQL), the same status and
 * body every time; the same key with another body → 422. And a request that failed because a peer was down leaves
 * no claim on its key, so the retry after the peer is back books.
 */
class IdempotencyIT {

    private static final int CONCURRENT = 20;
    private static final int SEQUENTIAL = 5;
    private static final String KEY_REUSED = "https://needlepoint.care/problems/idempotency-key-reused";

    private static RunningSystem system;
    private static OwnedService treatments;
    private static Clinic clinic;
    private static ZoneId zone;

    @BeforeAll
    static void start() {
        system = RunningSystem.start(RunningSystem.newDataDirectory(), "--without", "treatments", "--no-demo-data");
        treatments = OwnedService.start(system, LocalService.TREATMENTS);
        clinic = new Clinic(system);
        zone = clinic.zone();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (treatments != null) {
            treatments.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void createClientIsIdempotent() throws Exception {
        Map<String, Object> body = Clinic.clientBody();
        sameKeyGivesOneRecordAndOneAnswer("createClient", clinic.clients + "/api/v1/clients", "front-desk", body,
                Clinic.clientBody(), "clients", "SELECT count(*) FROM clients.client WHERE family_name = ?",
                body.get("familyName"), 1);
    }

    @Test
    void createCourseIsIdempotent() throws Exception {
        String client = clinic.treatableClient();
        String protocol = clinic.protocol();
        sameKeyGivesOneRecordAndOneAnswer("createCourse", clinic.treatments + "/api/v1/courses", "practitioner",
                course(client, protocol, 4), course(client, protocol, 5), "treatments",
                "SELECT count(*) FROM treatments.course WHERE client_id = ?::uuid", client, 1);
    }

    @Test
    void bookAppointmentIsIdempotent() throws Exception {
        String client = clinic.created(clinic.clients + "/api/v1/clients", "front-desk", Clinic.clientBody());
        String practitioner = clinic.practitioner();
        String room = clinic.room();
        sameKeyGivesOneRecordAndOneAnswer("bookAppointment", clinic.scheduling + "/api/v1/appointments",
                "front-desk", Clinic.appointment(client, practitioner, room, 0, zone),
                Clinic.appointment(client, practitioner, room, 1, zone), "scheduling",
                "SELECT count(*) FROM scheduling.appointment WHERE client_id = ?::uuid", client, 1);
    }

    @Test
    void bookSeriesIsIdempotent() throws Exception {
        String client = clinic.treatableClient();
        String protocol = clinic.protocol();
        String practitioner = clinic.practitioner();
        String room = clinic.room();
        sameKeyGivesOneRecordAndOneAnswer("bookSeries", clinic.scheduling + "/api/v1/series", "front-desk",
                Clinic.series(client, protocol, practitioner, room, 0, zone),
                Clinic.series(client, protocol, practitioner, room, 1, zone), "scheduling",
                "SELECT count(*) FROM scheduling.appointment WHERE client_id = ?::uuid", client, 6);
    }

    /**
     * A series refused with 503 because treatments-service is down must leave no claim on its key: the desk's retry
     * with the same key once treatments-service is back has to book, not replay an empty answer or be refused.
     */
    @Test
    void aSeriesRefusedWhileTreatmentsServiceIsDownCanBeRetriedWithTheSameKey() throws Exception {
        String client = clinic.treatableClient();
        String protocol = clinic.protocol();
        Map<String, Object> body = Clinic.series(client, protocol, clinic.practitioner(), clinic.room(), 0, zone);
        String key = "it-" + UUID.randomUUID();
        String url = clinic.scheduling + "/api/v1/series";
        String token = clinic.token("front-desk");
        Http.Answer refused;
        treatments.stop();
        try {
            refused = Http.post(url, token, key, body);
        } finally {
            treatments.start();
        }
        long claims = count("SELECT count(*) FROM scheduling.idempotency_record WHERE idempotency_key = ?", key);
        treatments.awaitReady(Duration.ofSeconds(90));
        // Until scheduling-service's circuit breaker lets calls through again, the retry is refused the same way.
        Http.Answer retried = Http.post(url, token, key, body);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (retried.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            retried = Http.post(url, token, key, body);
        }
        System.out.printf("Idempotency after a 503: refused %d (%s); claims left on the key: %d; retry with the "
                + "same key: %d %s%n", refused.status(), refused.problemType(), claims, retried.status(),
                retried.status() == 201 ? "" : retried.body());

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.problemType()).isEqualTo(Clinic.DEPENDENCY_UNAVAILABLE);
        assertThat(claims).as("idempotency records left by the refused request").isZero();
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.replayed()).as("the retry ran, it was not a replay").isNull();
        assertThat(count("SELECT count(*) FROM scheduling.appointment WHERE client_id = ?::uuid", client))
                .isEqualTo(6);
    }

    private static Map<String, Object> course(String client, String protocol, int sessions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client);
        body.put("protocolId", protocol);
        body.put("plannedSessions", sessions);
        body.put("areas", List.of(Map.of("area", "CHEEKS", "deviceType", "PEN", "startingDepthMm", 1.0)));
        return body;
    }

    private static void sameKeyGivesOneRecordAndOneAnswer(String operation, String url, String role,
            Map<String, Object> body, Map<String, Object> otherBody, String schema, String countSql, Object countArg,
            long expectedRows) throws Exception {
        String key = "it-" + UUID.randomUUID();
        String token = clinic.token(role);
        List<Http.Answer> answers = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Http.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                calls.add(() -> {
                    go.await();
                    return Http.post(url, token, key, body);
                });
            }
            List<Future<Http.Answer>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(callers.submit(call)));
            go.countDown();
            for (Future<Http.Answer> answer : futures) {
                answers.add(answer.get());
            }
        } finally {
            callers.shutdownNow();
        }
        for (int i = 0; i < SEQUENTIAL; i++) {
            answers.add(Http.post(url, token, key, body));
        }
        Http.Answer reused = Http.post(url, token, key, otherBody);
        long replayed = answers.stream().filter(a -> "true".equals(a.replayed())).count();
        System.out.printf("Idempotency %s: %d answers with one key, statuses %s, %d marked replayed; other body %d%n",
                operation, answers.size(), answers.stream().map(Http.Answer::status).distinct().toList(), replayed,
                reused.status());

        JsonNode first = answers.get(0).json();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(answer.json()).isEqualTo(first);
        });
        assertThat(replayed).as("answers marked replayed").isEqualTo(CONCURRENT + SEQUENTIAL - 1L);
        assertThat(count(countSql, countArg)).as("%s records", operation).isEqualTo(expectedRows);
        assertThat(count("SELECT count(*) FROM " + schema + ".idempotency_record WHERE idempotency_key = ?", key))
                .isEqualTo(1);
        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(reused.problemType()).isEqualTo(KEY_REUSED);
        assertThat(count(countSql, countArg)).as("%s records after the other body", operation)
                .isEqualTo(expectedRows);
    }

    private static long count(String sql, Object argument) throws Exception {
        try (Connection connection = system.sql(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, argument);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
