package care.needlepoint.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts under the running system while front desks book (issue 7, "Faults"): the services recover
 * without being restarted, every booking answered 2xx is in the database afterwards, and what fails during the outage
 * fails as a 5xx problem, never as a hang or a lost connection.
 */
class DatabaseRestartIT {

    private static final int DESKS = 6;
    private static final Duration DOWN = Duration.ofSeconds(3);
    private static final Duration MAX_RECOVERY = Duration.ofSeconds(30);

    private static RunningSystem system;
    private static Clinic clinic;

    @BeforeAll
    static void start() {
        system = RunningSystem.start(RunningSystem.newDataDirectory(), "--no-demo-data");
        clinic = new Clinic(system);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    record Attempt(int desk, Http.Answer answer) {
        long endedNanos() {
            return answer.startedNanos() + answer.millis() * 1_000_000;
        }
    }

    @Test
    void servicesRecoverFromAPostgresRestartWithoutRestartingAndLoseNoAcknowledgedBooking() throws Exception {
        ZoneId zone = clinic.zone();
        List<Desk> desks = new ArrayList<>();
        for (int d = 0; d < DESKS; d++) {
            desks.add(new Desk(d, clinic.created(clinic.clients + "/api/v1/clients", "front-desk",
                    Clinic.clientBody()), clinic.practitioner(), clinic.room(), zone));
        }
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        long stoppedAt;
        long startAt;
        long upAt;
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (Desk desk : desks) {
                loops.add(pool.submit(() -> desk.book(attempts, running)));
            }
            Await.until(() -> desks.stream().allMatch(desk -> desk.booked > 2), Duration.ofSeconds(30),
                    "every desk booked before the restart");
            long askedAt = System.nanoTime();
            long askedAtMillis = System.currentTimeMillis();
            RunningSystem.PostgresRestart restart = system.restartPostgres(DOWN);
            // The launcher reports wall-clock instants; place them on this JVM's nanosecond line.
            stoppedAt = askedAt + (restart.stoppedAtMillis() - askedAtMillis) * 1_000_000;
            upAt = askedAt + (restart.upAtMillis() - askedAtMillis) * 1_000_000;
            startAt = stoppedAt + DOWN.toNanos();
            int[] bookedAtStart = desks.stream().mapToInt(desk -> desk.booked).toArray();
            Await.until(() -> desks.stream().allMatch(desk -> desk.booked > bookedAtStart[desk.index]),
                    MAX_RECOVERY.plusSeconds(30), "every desk booked again after PostgreSQL came back");
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(30, TimeUnit.SECONDS);
            }
        } finally {
            running.set(false);
            pool.shutdownNow();
        }

        List<Attempt> all = new ArrayList<>(attempts);
        Map<Integer, Integer> statuses = new TreeMap<>();
        all.forEach(a -> statuses.merge(a.answer().status(), 1, Integer::sum));
        Map<String, Integer> failures = new TreeMap<>();
        all.stream().filter(a -> a.answer().status() != 201).forEach(a -> failures.merge(a.answer().status() + " "
                + (a.answer().isProblem() ? a.answer().field("title") : a.answer().body()), 1, Integer::sum));
        Attempt firstAfter = all.stream()
                .filter(a -> a.answer().status() == 201 && a.answer().startedNanos() >= startAt)
                .min((a, b) -> Long.compare(a.endedNanos(), b.endedNanos())).orElseThrow();
        long lastFailureEnded = all.stream().filter(a -> a.answer().status() != 201)
                .mapToLong(Attempt::endedNanos).max().orElse(stoppedAt);
        long slowest = all.stream().mapToLong(a -> a.answer().millis()).max().orElse(0);
        long recoveryMillis = (firstAfter.endedNanos() - upAt) / 1_000_000;
        System.out.printf("PostgreSQL restart, down %d s under %d desks: %d bookings by status %s; failures %s; "
                + "starting it took %d ms; first 201 %d ms after PostgreSQL was up, last failure %d ms after; "
                + "slowest answer %d ms%n", DOWN.toSeconds(), DESKS, all.size(), statuses, failures,
                (upAt - startAt) / 1_000_000, recoveryMillis, (lastFailureEnded - upAt) / 1_000_000, slowest);

        assertThat(all).as("every answer is a 201 or a 503 problem").allSatisfy(a -> {
            if (a.answer().status() != 201) {
                assertThat(a.answer().status()).as(a.answer().body()).isEqualTo(503);
                assertThat(a.answer().isProblem()).as(a.answer().body()).isTrue();
            }
        });
        assertThat(recoveryMillis).as("PostgreSQL up to the first 201, ms").isLessThanOrEqualTo(MAX_RECOVERY.toMillis());
        List<String> acknowledged = all.stream().filter(a -> a.answer().status() == 201)
                .map(a -> a.answer().field("id")).toList();
        assertThat(storedAmong(acknowledged)).as("acknowledged bookings found in the database")
                .isEqualTo(acknowledged.size());
    }

    private static long storedAmong(List<String> ids) throws Exception {
        try (Connection sql = system.sql();
                PreparedStatement query = sql.prepareStatement(
                        "SELECT count(*) FROM scheduling.appointment WHERE id = ANY (?::uuid[])")) {
            query.setArray(1, sql.createArrayOf("text", ids.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * A desk booking single appointments back to back for its own client, practitioner and room. After a failure it
     * moves on to the next start: a failed booking whose commit made it to disk would otherwise collide with itself.
     */
    private static final class Desk {
        final int index;
        final String client;
        final String practitioner;
        final String room;
        final ZoneId zone;
        volatile int booked;

        Desk(int index, String client, String practitioner, String room, ZoneId zone) {
            this.index = index;
            this.client = client;
            this.practitioner = practitioner;
            this.room = room;
            this.zone = zone;
        }

        void book(ConcurrentLinkedQueue<Attempt> attempts, AtomicBoolean running) {
            String token = clinic.token("front-desk");
            for (int n = 0; running.get(); n++) {
                Http.Answer answer = Http.post(clinic.scheduling + "/api/v1/appointments", token, null,
                        Clinic.appointment(client, practitioner, room, n, zone));
                attempts.add(new Attempt(index, answer));
                if (answer.status() == 201) {
                    booked++;
                }
                try {
                    Thread.sleep(answer.status() == 201 ? 20 : 100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
