package care.needlepoint.treatments.course.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import care.needlepoint.treatments.protocol.domain.DayRange;
import care.needlepoint.treatments.protocol.domain.MonthRange;

/**
 * When a course's next session, and its maintenance, are due: the windows scheduling-service books into. Pure. Days
 * are counted in the clinic's calendar from the local date of the last session, so a session at 00:30 on the day
 * after a clock change still counts from that day, and "28 days later" is the same weekday.
 */
public final class CourseWindows {

    private CourseWindows() {
    }

    /**
     * The next session of the series: from the last session's date plus the protocol's spacing minimum to plus its
     * maximum. None before the first session (the first may be booked any day), once the series is complete, and for
     * a stopped course.
     */
    public static DateWindow nextSession(CourseStatus status, int sessionsDone, int plannedSessions,
            Instant lastSessionAt, DayRange spacing, ZoneId zone) {
        if ((status != CourseStatus.PLANNED && status != CourseStatus.ACTIVE) || sessionsDone >= plannedSessions
                || lastSessionAt == null) {
            return null;
        }
        LocalDate last = LocalDate.ofInstant(lastSessionAt, zone);
        return new DateWindow(last.plusDays(spacing.min()), last.plusDays(spacing.max()));
    }

    /**
     * Maintenance after a completed series: from the last session's date (the series' last, or the latest maintenance
     * session) plus the protocol's interval in calendar months. None while the series runs, for a stopped course, and
     * when the protocol has no maintenance. Month arithmetic keeps the day of month where it can (31 March plus 6
     * months is 30 September).
     */
    public static DateWindow maintenanceDue(CourseStatus status, Instant lastSessionAt, MonthRange interval,
            ZoneId zone) {
        if ((status != CourseStatus.COMPLETED && status != CourseStatus.MAINTENANCE) || interval == null
                || lastSessionAt == null) {
            return null;
        }
        LocalDate last = LocalDate.ofInstant(lastSessionAt, zone);
        return new DateWindow(last.plusMonths(interval.min()), last.plusMonths(interval.max()));
    }
}
