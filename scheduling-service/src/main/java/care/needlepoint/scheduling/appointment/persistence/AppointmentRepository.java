package care.needlepoint.scheduling.appointment.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import care.needlepoint.scheduling.calendar.domain.Interval;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<AppointmentEntity, UUID> {

    /** Statuses that hold time, as JPQL sees them. */
    private static final String HOLDS_TIME = "status not in (care.needlepoint.scheduling.appointment.domain"
            + ".AppointmentStatus.CANCELLED, care.needlepoint.scheduling.appointment.domain.AppointmentStatus.EXPIRED)";

    public Optional<AppointmentEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A stretch of time a practitioner (the procedure) or a room (arrival to turnover's end) is taken. */
    public record BusyTime(UUID ownerId, Instant startsAt, Instant endsAt) {
    }

    /**
     * Busy times of practitioners overlapping [:from, :to): the time columns only, never whole appointments. Each
     * branch's conditions are those of the practitioner exclusion constraint's (or the overridden rows') GiST index,
     * so the range is what the index searches and years of history are never read; an overridden appointment (never
     * a hold) takes its time like any other. {@code %1$s} is empty for every practitioner or names one (see
     * {@link #ownerCondition}). Public so that a test can EXPLAIN the very text.
     */
    public static final String PRACTITIONER_BUSY_TIMES = """
            SELECT a.practitioner_id AS owner_id, a.procedure_starts_at AS starts_at, a.procedure_ends_at AS ends_at
              FROM appointment a
             WHERE a.status NOT IN ('CANCELLED', 'EXPIRED') AND NOT a.overridden
               AND a.practitioner_time && tstzrange(:from, :to)%1$s
               AND (a.status <> 'HELD' OR a.hold_expires_at > :now)
            UNION ALL
            SELECT a.practitioner_id, a.procedure_starts_at, a.procedure_ends_at
              FROM appointment a
             WHERE a.status NOT IN ('CANCELLED', 'EXPIRED') AND a.overridden
               AND a.practitioner_time && tstzrange(:from, :to)%1$s
            """;

    /**
     * Busy times of rooms overlapping any of the :windows (a tstzmultirange), through the room exclusion constraint's
     * GiST index, which answers "&&" against a multirange too: availability asks only about the windows its candidate
     * starts would take a room, not about weeks of every room's bookings. {@code %1$s} as above.
     */
    public static final String ROOM_BUSY_TIMES = """
            SELECT a.room_id AS owner_id, a.starts_at, a.room_free_at AS ends_at
              FROM appointment a
             WHERE a.status NOT IN ('CANCELLED', 'EXPIRED') AND NOT a.overridden
               AND a.room_time && CAST(:windows AS tstzmultirange) AND a.room_id IS NOT NULL%1$s
               AND (a.status <> 'HELD' OR a.hold_expires_at > :now)
            UNION ALL
            SELECT a.room_id, a.starts_at, a.room_free_at
              FROM appointment a
             WHERE a.status NOT IN ('CANCELLED', 'EXPIRED') AND a.overridden
               AND a.room_time && CAST(:windows AS tstzmultirange) AND a.room_id IS NOT NULL%1$s
            """;

    /**
     * The condition on the owner for one practitioner or room, or none for all of them. Not "owner IN (every active
     * one)": the GiST index then runs one scan per id, and at 100 rooms and a million appointments that took an
     * availability search's room read from 4 ms to 29 ms. Rows of inactive owners cost little and match no candidate.
     */
    public static String ownerCondition(String column, UUID owner) {
        return owner == null ? "" : " AND a." + column + " = :owner";
    }

    /** Busy times of one practitioner, or of every practitioner when {@code practitionerId} is null. */
    public List<BusyTime> findPractitionerBusy(UUID practitionerId, Instant from, Instant to, Instant now) {
        Query query = getEntityManager()
                .createNativeQuery(PRACTITIONER_BUSY_TIMES.formatted(ownerCondition("practitioner_id", practitionerId)))
                .setParameter("from", utc(from)).setParameter("to", utc(to)).setParameter("now", utc(now));
        return busyTimes(practitionerId == null ? query : query.setParameter("owner", practitionerId));
    }

    /** Busy times of one room, or of every room when {@code roomId} is null, within any of the {@code windows}. */
    public List<BusyTime> findRoomBusy(UUID roomId, List<Interval> windows, Instant now) {
        if (windows.isEmpty()) {
            return List.of();
        }
        Query query = getEntityManager()
                .createNativeQuery(ROOM_BUSY_TIMES.formatted(ownerCondition("room_id", roomId)))
                .setParameter("windows", multirange(windows)).setParameter("now", utc(now));
        return busyTimes(roomId == null ? query : query.setParameter("owner", roomId));
    }

    @SuppressWarnings("unchecked")
    private static List<BusyTime> busyTimes(Query query) {
        List<Object[]> rows = query.unwrap(NativeQuery.class)
                .addScalar("owner_id", UUID.class)
                .addScalar("starts_at", Instant.class).addScalar("ends_at", Instant.class)
                .getResultList();
        return rows.stream().map(row -> new BusyTime((UUID) row[0], (Instant) row[1], (Instant) row[2])).toList();
    }

    /**
     * An instant as PostgreSQL reads it for any year from 1 on, "2026-03-02 09:00:00.000000Z". Not Instant.toString:
     * it writes a year past 9999 with a sign ("+10000-01-01T00:30:00Z"), which PostgreSQL takes for a time zone and
     * refuses. Requests carry no year past 9999 (FourDigitYears), but a window can still end in the year 10000: a visit
     * on 31 December 9999 whose room turnover runs past midnight. Years before 1 never reach here: availability
     * offers no start in the past.
     */
    private static final DateTimeFormatter TIMESTAMPTZ = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL).appendPattern("-MM-dd HH:mm:ss.SSSSSSX")
            .toFormatter(Locale.ROOT);

    /** A tstzmultirange literal, e.g. {["2026-03-02 09:00:00.000000Z","2026-03-02 10:15:00.000000Z")}. */
    static String multirange(List<Interval> windows) {
        StringBuilder literal = new StringBuilder("{");
        for (Interval window : windows) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append("[\"").append(TIMESTAMPTZ.format(utc(window.start()))).append("\",\"")
                    .append(TIMESTAMPTZ.format(utc(window.end()))).append("\")");
        }
        return literal.append('}').toString();
    }

    /**
     * No appointment lasts a day (constraint {@code appointment_within_a_day}), so one that overlaps a phase starts
     * less than a day before it: the bound that lets the collision check read the calendar indexes by start instead
     * of a practitioner's or room's whole history.
     */
    static final Duration LONGEST_VISIT = Duration.ofDays(1);

    /** See {@link #findCollisions}; public so that a test can EXPLAIN the very text. */
    public static final String COLLISIONS = """
            SELECT a.* FROM appointment a
             WHERE a.status NOT IN ('CANCELLED', 'EXPIRED')
               AND (a.status <> 'HELD' OR a.hold_expires_at > :now)
               AND (NOT :overriddenOnly OR a.overridden)
               AND a.id <> :except
               AND a.starts_at > :earliest AND a.starts_at < :latest
               AND ((a.practitioner_id = :practitioner AND a.practitioner_time && tstzrange(:pFrom, :pTo))
                 OR (a.room_id = :room AND a.room_time && tstzrange(:rFrom, :rTo))
                 OR (a.client_id = :client AND a.client_time && tstzrange(:cFrom, :cTo)))
             ORDER BY a.starts_at, a.id
            """;

    /**
     * Time-holding appointments that overlap the given phases for the practitioner, room or client, other than
     * {@code except}: what a booking collided with, or (with {@code overriddenOnly}) the overridden appointments the
     * constraints leave out.
     */
    @SuppressWarnings("unchecked")
    public List<AppointmentEntity> findCollisions(UUID except, UUID practitionerId, Instant practitionerFrom,
            Instant practitionerTo, UUID roomId, Instant roomFrom, Instant roomTo, UUID clientId, Instant clientFrom,
            Instant clientTo, Instant now, boolean overriddenOnly) {
        return getEntityManager().createNativeQuery(COLLISIONS, AppointmentEntity.class)
                .setParameter("now", utc(now)).setParameter("overriddenOnly", overriddenOnly)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setParameter("practitioner", practitionerId).setParameter("pFrom", utc(practitionerFrom))
                .setParameter("pTo", utc(practitionerTo))
                .setParameter("room", roomId == null ? new UUID(0, 0) : roomId)
                .setParameter("rFrom", utc(roomFrom)).setParameter("rTo", utc(roomTo))
                .setParameter("client", clientId).setParameter("cFrom", utc(clientFrom))
                .setParameter("cTo", utc(clientTo))
                .setParameter("earliest", utc(earliest(practitionerFrom, roomFrom, clientFrom).minus(LONGEST_VISIT)))
                .setParameter("latest", utc(latest(practitionerTo, roomTo, clientTo)))
                .getResultList();
    }

    private static Instant earliest(Instant... instants) {
        return java.util.Arrays.stream(instants).filter(java.util.Objects::nonNull).min(Instant::compareTo)
                .orElseThrow();
    }

    private static Instant latest(Instant... instants) {
        return java.util.Arrays.stream(instants).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElseThrow();
    }

    /**
     * Marks lapsed holds that overlap the given phases as EXPIRED (with a status-history row each), so that the
     * exclusion constraints stop counting them before a new booking is inserted. Returns how many lapsed.
     */
    public int expireLapsedHolds(UUID practitionerId, Instant practitionerFrom, Instant practitionerTo, UUID roomId,
            Instant roomFrom, Instant roomTo, UUID clientId, Instant clientFrom, Instant clientTo, Instant now) {
        return getEntityManager().createNativeQuery("""
                WITH lapsed AS (
                    UPDATE appointment a
                       SET status = 'EXPIRED', updated_at = :now, version = a.version + 1
                     WHERE a.status = 'HELD' AND a.hold_expires_at <= :now
                       AND ((a.practitioner_id = :practitioner AND a.practitioner_time && tstzrange(:pFrom, :pTo))
                         OR (a.room_id = :room AND a.room_time && tstzrange(:rFrom, :rTo))
                         OR (a.client_id = :client AND a.client_time && tstzrange(:cFrom, :cTo)))
                    RETURNING a.id)
                INSERT INTO appointment_status_change (id, appointment_id, from_status, to_status, changed_by,
                                                       changed_at, reason)
                SELECT gen_random_uuid(), id, 'HELD', 'EXPIRED', 'scheduling-service', :now, 'hold lapsed'
                  FROM lapsed
                """)
                .setParameter("now", utc(now))
                .setParameter("practitioner", practitionerId).setParameter("pFrom", utc(practitionerFrom))
                .setParameter("pTo", utc(practitionerTo))
                .setParameter("room", roomId == null ? new UUID(0, 0) : roomId)
                .setParameter("rFrom", utc(roomFrom)).setParameter("rTo", utc(roomTo))
                .setParameter("client", clientId).setParameter("cFrom", utc(clientFrom))
                .setParameter("cTo", utc(clientTo))
                .executeUpdate();
    }

    /** Every lapsed hold, for the periodic purge; the same effect as {@link #expireLapsedHolds} everywhere. */
    public int expireAllLapsedHolds(Instant now) {
        return getEntityManager().createNativeQuery("""
                WITH lapsed AS (
                    UPDATE appointment a
                       SET status = 'EXPIRED', updated_at = :now, version = a.version + 1
                     WHERE a.status = 'HELD' AND a.hold_expires_at <= :now
                    RETURNING a.id)
                INSERT INTO appointment_status_change (id, appointment_id, from_status, to_status, changed_by,
                                                       changed_at, reason)
                SELECT gen_random_uuid(), id, 'HELD', 'EXPIRED', 'scheduling-service', :now, 'hold lapsed'
                  FROM lapsed
                """)
                .setParameter("now", utc(now))
                .executeUpdate();
    }

    /** A page of a practitioner's or room's appointments starting in [from, to), by start then id. */
    public List<AppointmentEntity> findCalendarPage(String ownerField, UUID ownerId, Instant from, Instant to,
            Instant afterStart, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder(ownerField + " = :owner and startsAt >= :from and startsAt < :to");
        Parameters parameters = Parameters.with("owner", ownerId).and("from", from).and("to", to);
        if (afterStart != null) {
            query.append(" and (startsAt > :afterStart or (startsAt = :afterStart and id > :afterId))");
            parameters.and("afterStart", afterStart).and("afterId", afterId);
        }
        return find(query + " order by startsAt, id", parameters).page(0, limit).list();
    }

    /** A page of a client's upcoming (start at or after now, ascending) or past (descending) appointments. */
    public List<AppointmentEntity> findClientPage(UUID clientId, boolean upcoming, Instant now, Instant afterStart,
            UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("clientId = :client and startsAt " + (upcoming ? ">=" : "<")
                + " :now");
        Parameters parameters = Parameters.with("client", clientId).and("now", now);
        if (afterStart != null) {
            query.append(upcoming
                    ? " and (startsAt > :afterStart or (startsAt = :afterStart and id > :afterId))"
                    : " and (startsAt < :afterStart or (startsAt = :afterStart and id < :afterId))");
            parameters.and("afterStart", afterStart).and("afterId", afterId);
        }
        String order = upcoming ? " order by startsAt, id" : " order by startsAt desc, id desc";
        return find(query + order, parameters).page(0, limit).list();
    }

    /** A page of appointments changed at or after {@code since}, by (updatedAt, id): for integrations that sync. */
    public List<AppointmentEntity> findUpdatedPage(Instant since, Instant afterUpdated, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("updatedAt >= :since");
        Parameters parameters = Parameters.with("since", since);
        if (afterUpdated != null) {
            query.append(" and (updatedAt > :afterUpdated or (updatedAt = :afterUpdated and id > :afterId))");
            parameters.and("afterUpdated", afterUpdated).and("afterId", afterId);
        }
        return find(query + " order by updatedAt, id", parameters).page(0, limit).list();
    }

    /** Appointments of a practitioner for the calendar feed: not cancelled or lapsed, starting in [from, to). */
    public List<AppointmentEntity> findForFeed(UUID practitionerId, Instant from, Instant to) {
        return list("practitionerId = :p and startsAt >= :from and startsAt < :to and " + HOLDS_TIME
                + " and status <> care.needlepoint.scheduling.appointment.domain.AppointmentStatus.HELD"
                + " order by startsAt, id",
                Parameters.with("p", practitionerId).and("from", from).and("to", to));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }


    /** The appointments of a series, in sequence order; a place booked again after a cancellation, oldest first. */
    public List<AppointmentEntity> findBySeries(UUID seriesId) {
        return list("seriesId = ?1 order by seriesSequence, createdAt, id", seriesId);
    }
}
