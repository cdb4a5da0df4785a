package care.needlepoint.scheduling.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.scheduling.appointment.persistence.AppointmentRepository;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Availability must not scan every appointment ever booked. With years of history (50,000 appointments, inserted in a
 * transaction that is rolled back), the busy-time queries of availability (a practitioner's four weeks, the rooms'
 * windows) are served by the exclusion constraints' GiST indexes, and the collision check of every booking
 * (AppointmentRepository.COLLISIONS) by the calendar indexes within a day; a series' sessions by their own index.
 */
@QuarkusTest
class AvailabilityPlanTest {

    /**
     * A practitioner's four weeks, and the rooms only in the windows the candidate starts would take them, each for
     * one owner and for all of them.
     */
    @Test
    void busyTimeOfOneOrEveryPractitionerAndRoomIsReadThroughTheRangeIndexes() throws Exception {
        List<String> plans = plansWithHistory((practitioner, room) -> Stream.of(practitioner, null)
                .flatMap(one -> Stream.of(
                        AppointmentRepository.PRACTITIONER_BUSY_TIMES
                                .formatted(AppointmentRepository.ownerCondition("practitioner_id", one))
                                .replace(":from", "'2025-03-01 00:00Z'").replace(":to", "'2025-03-29 00:00Z'")
                                .replace(":owner", "'" + practitioner + "'"),
                        AppointmentRepository.ROOM_BUSY_TIMES
                                .formatted(AppointmentRepository.ownerCondition("room_id", one == null ? null : room))
                                .replace(":windows", "'{[2025-03-03 09:00Z,2025-03-03 10:15Z),"
                                        + "[2025-03-10 14:00Z,2025-03-10 15:15Z)}'")
                                .replace(":owner", "'" + room + "'")))
                .map(query -> "EXPLAIN " + query.replace(":now", "now()"))
                .toList());
        assertThat(plans).hasSize(4).allSatisfy(plan -> assertThat(plan).doesNotContain("Seq Scan on appointment"));
        assertThat(plans.get(0)).contains("appointment_practitioner_no_overlap");
        assertThat(plans.get(1)).contains("appointment_room_no_overlap");
        assertThat(plans.get(2)).contains("appointment_practitioner_no_overlap");
        assertThat(plans.get(3)).contains("appointment_room_no_overlap");
    }

    /** The check before every insert reads the calendar indexes by start, bounded to a day, never the history. */
    @Test
    void theCollisionCheckReadsADayOfTheCalendarsNotTheHistory() throws Exception {
        String plan = planWithHistory((practitioner, room) -> "EXPLAIN " + AppointmentRepository.COLLISIONS
                .replace(":now", "now()").replace(":overriddenOnly", "false")
                .replace(":except", "'" + new UUID(0, 0) + "'")
                .replace(":earliest", "'2025-03-02 09:00Z'").replace(":latest", "'2025-03-03 10:00Z'")
                .replace(":practitioner", "'" + practitioner + "'").replace(":room", "'" + room + "'")
                .replace(":client", "'" + UUID.randomUUID() + "'")
                .replace(":pFrom", "'2025-03-03 09:15Z'").replace(":pTo", "'2025-03-03 10:00Z'")
                .replace(":rFrom", "'2025-03-03 09:00Z'").replace(":rTo", "'2025-03-03 10:15Z'")
                .replace(":cFrom", "'2025-03-03 09:00Z'").replace(":cTo", "'2025-03-03 10:00Z'"));
        assertThat(plan)
                .contains("appointment_practitioner_calendar")
                .contains("appointment_room_calendar")
                .containsPattern("Index Cond: \\(\\(practitioner_id = [^)]*\\) AND \\(starts_at >")
                .doesNotContain("Seq Scan on appointment");
    }

    /** A series' sessions (findBySeries, as Hibernate sends it) come from their own index, not a scan of all. */
    @Test
    void aSeriesSessionsAreReadThroughTheirIndex() throws Exception {
        String plan = planWithHistory((practitioner, room) -> "EXPLAIN SELECT * FROM appointment WHERE series_id = '"
                + UUID.randomUUID() + "' ORDER BY series_sequence, created_at, id");
        assertThat(plan).contains("appointment_by_series").doesNotContain("Seq Scan on appointment");
    }

    /**
     * The plan of a query over one practitioner's and one room's six years of history, one appointment an hour (50,000
     * rows, in a transaction that is rolled back).
     */
    private static String planWithHistory(BiFunction<UUID, UUID, String> explain) throws Exception {
        return plansWithHistory((practitioner, room) -> List.of(explain.apply(practitioner, room))).get(0);
    }

    private static List<String> plansWithHistory(BiFunction<UUID, UUID, List<String>> explains) throws Exception {
        try (Connection db = TestDatabase.adminConnection()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                UUID practitioner = UUID.randomUUID();
                UUID room = UUID.randomUUID();
                sql.execute("SET LOCAL search_path = scheduling");
                sql.execute("INSERT INTO practitioner (id, display_name, subject, active, created_at, updated_at, "
                        + "version) VALUES ('" + practitioner + "', 'Plan', 'plan-" + practitioner + "', true, now(), "
                        + "now(), 0)");
                sql.execute("INSERT INTO room (id, name, active, created_at, updated_at, version) VALUES ('" + room
                        + "', 'Plan " + room + "', true, now(), now(), 0)");
                // One appointment an hour, back to back, for about six years.
                sql.execute("""
                        INSERT INTO appointment (id, client_id, practitioner_id, room_id, title, numbing,
                            numbing_minutes, procedure_minutes, turnover_minutes, starts_at, procedure_starts_at,
                            procedure_ends_at, room_free_at, status, warnings_acknowledged, overridden, created_by,
                            created_at, updated_at, version)
                        SELECT gen_random_uuid(), gen_random_uuid(), '%s', '%s', 'History', false, 0, 45, 15,
                               t, t, t + interval '45 minutes', t + interval '60 minutes', 'COMPLETED', false, false,
                               'plan', now(), now(), 0
                          FROM generate_series(timestamptz '2021-01-01 00:00Z', timestamptz '2021-01-01 00:00Z'
                               + interval '49999 hours', interval '1 hour') AS t
                        """.formatted(practitioner, room));
                sql.execute("ANALYZE appointment");
                List<String> plans = new ArrayList<>();
                for (String explain : explains.apply(practitioner, room)) {
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rows = sql.executeQuery(explain)) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                    plans.add(plan.toString());
                }
                return plans;
            } finally {
                db.rollback();
            }
        }
    }
}
