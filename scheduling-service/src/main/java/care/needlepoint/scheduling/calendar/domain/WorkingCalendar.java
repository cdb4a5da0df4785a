package care.needlepoint.scheduling.calendar.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When a practitioner, room or the clinic can be booked: their weekly hours laid out on real dates in the clinic's
 * zone, plus extra hours, minus time off and closures. Pure; every rule about local time is {@link ClinicTime}'s.
 */
public final class WorkingCalendar {

    private WorkingCalendar() {
    }

    /** The weekly hours on every date from {@code from} to {@code to} (inclusive), as instants. */
    public static Intervals weekly(List<WeeklyInterval> hours, LocalDate from, LocalDate to, ZoneId zone) {
        List<Interval> laidOut = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (WeeklyInterval interval : hours) {
                if (interval.dayOfWeek() != date.getDayOfWeek()) {
                    continue;
                }
                var start = ClinicTime.leniently(date, interval.starts(), zone);
                var end = ClinicTime.leniently(date, interval.ends(), zone);
                // Both ends inside one gap collapse to the same instant: nothing to work on that date.
                if (start.isBefore(end)) {
                    laidOut.add(new Interval(start, end));
                }
            }
        }
        return Intervals.of(laidOut);
    }

    /** Weekly hours plus extra hours, less time off (or closures): when one resource is there to be booked. */
    public static Intervals available(Intervals weekly, Intervals extra, Intervals away) {
        return weekly.union(extra).subtract(away);
    }
}
