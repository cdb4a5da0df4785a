package care.needlepoint.scheduling.series.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;

/**
 * The rules of a booked series, pure (plain-JUnit-tested): where a session may lie after the one before it, which
 * appointment stands for each place, and the series' state derived from its sessions.
 *
 * <p>Spacing is counted in the clinic's local dates: session k lies within [previous + min, previous + max] days of the
 * last session before it that still stands (completed, checked in or booked). When that window has already passed
 * (a session was missed and noticed late), the course resumes: the window becomes [today, today + (max - min)], so a
 * late re-plan is possible and never closer than the minimum to the session before.
 */
public final class SeriesRules {

    /** Statuses with which an appointment holds its place in the series. */
    public static final Set<AppointmentStatus> STANDING = EnumSet.of(AppointmentStatus.HELD, AppointmentStatus.BOOKED,
            AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED);

    /** Statuses of a session still to come. */
    static final Set<AppointmentStatus> UPCOMING = EnumSet.of(AppointmentStatus.HELD, AppointmentStatus.BOOKED,
            AppointmentStatus.CHECKED_IN);

    private SeriesRules() {
    }

    /** The local dates a session may lie on; {@code resumed} when the spacing window had already passed. */
    public record Window(LocalDate earliest, LocalDate latest, boolean resumed) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(earliest) && !date.isAfter(latest);
        }

        public int days() {
            return (int) (latest.toEpochDay() - earliest.toEpochDay() + 1);
        }
    }

    /**
     * Where a session may lie after one on {@code previous} (null: nothing stands before it, so from today within the
     * width of the spacing range).
     */
    public static Window after(LocalDate previous, int min, int max, LocalDate today) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("spacing must be 0 <= min <= max, was " + min + ".." + max);
        }
        if (previous == null || previous.plusDays(max).isBefore(today)) {
            return new Window(today, today.plusDays((long) max - min), previous != null);
        }
        return new Window(previous.plusDays(min), previous.plusDays(max), false);
    }

    /**
     * What a session needs before it can go ahead, when the client's screening (current when booked) expires by its
     * start: "screening must be renewed before" the expiry's clinic date. Empty when nothing is known to run out.
     */
    public static Optional<String> screeningAttention(Instant screeningExpiresAt, Instant startsAt, ZoneId zone) {
        if (screeningExpiresAt == null || startsAt.isBefore(screeningExpiresAt)) {
            return Optional.empty();
        }
        return Optional.of("screening must be renewed before "
                + LocalDate.ofInstant(screeningExpiresAt, zone));
    }

    /** Days between two local dates, as spacing messages say them. */
    public static long daysBetween(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }

    /**
     * The state of a series of {@code planned} places from the status of the appointment standing for each place
     * (a place without one is absent from the map).
     */
    public static SeriesState state(int planned, Map<Integer, AppointmentStatus> standing) {
        boolean upcoming = standing.values().stream().anyMatch(UPCOMING::contains);
        if (upcoming) {
            return SeriesState.ACTIVE;
        }
        boolean allCompleted = true;
        for (int sequence = 1; sequence <= planned; sequence++) {
            allCompleted &= standing.get(sequence) == AppointmentStatus.COMPLETED;
        }
        return allCompleted ? SeriesState.COMPLETED : SeriesState.CANCELLED;
    }

    /** The places with no appointment standing for them (cancelled or missed, not booked again yet). */
    public static List<Integer> openPlaces(int planned, Map<Integer, AppointmentStatus> standing) {
        List<Integer> open = new ArrayList<>();
        for (int sequence = 1; sequence <= planned; sequence++) {
            if (!standing.containsKey(sequence)) {
                open.add(sequence);
            }
        }
        return open;
    }
}
