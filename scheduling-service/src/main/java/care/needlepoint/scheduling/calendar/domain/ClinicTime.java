package care.needlepoint.scheduling.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;

/**
 * The rules that turn a wall-clock time in the clinic's zone into an instant, including on the days the clocks change.
 * Pure: the zone is an argument. Documented in the README ("Time") and docs/domain.md ("Scheduling and time").
 *
 * <ul>
 * <li>A local time the caller names for one date (an exception's start or end) that does not exist on that date
 * (the hour skipped when clocks go forward) is refused: {@link #exactly} returns empty and the caller answers 400
 * naming the field. Guessing would put a closure or an extra hour where nobody meant it.</li>
 * <li>An ambiguous local time (the hour repeated when clocks go back) means its <em>first</em> occurrence, at the
 * earlier (summer) offset, everywhere: in exceptions, weekly hours and day boundaries.</li>
 * <li>Weekly hours repeat every week and cannot be refused for one date: a start or end inside a gap moves later by
 * the length of the gap (01:30 on a spring-forward day in London is 02:30 BST), as java.time and RFC 5545 do.</li>
 * </ul>
 */
public final class ClinicTime {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ClinicTime() {
    }

    /** The instant a local date and time name, or empty when that local time does not exist on that date. */
    public static Optional<Instant> exactly(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Optional.empty();
        }
        // Several valid offsets: the first is the earlier one, which java.time lists first (the offset before the
        // transition); the local time then means its first occurrence.
        return Optional.of(local.toInstant(offsets.get(0)));
    }

    /** The instant for weekly hours: a time in a gap moves later by the gap's length; an ambiguous one is the first. */
    public static Instant leniently(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null).withEarlierOffsetAtOverlap()
                .toInstant();
    }

    /** The first instant of a local date (not always 00:00: some zones skip midnight). */
    public static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Why a local time does not exist, for the 400 that refuses it. */
    public static String gapMessage(LocalDate date, LocalTime time, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(LocalDateTime.of(date, time));
        String detail = transition == null ? ""
                : ": clocks go forward from " + HH_MM.format(transition.getDateTimeBefore()) + " to "
                        + HH_MM.format(transition.getDateTimeAfter());
        return "does not exist on " + date + " in " + zone.getId() + detail + "; choose a time outside that gap";
    }
}
