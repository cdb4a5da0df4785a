package care.needlepoint.scheduling.waitlist.domain;

import java.time.LocalDate;

/**
 * An entry's status. EXPIRED is never stored: an ACTIVE entry whose latest date has passed (in the clinic's zone)
 * reads as EXPIRED, so that no job has to run at midnight for the answer to be right.
 */
public enum WaitListEntryStatus {
    ACTIVE, BOOKED, WITHDRAWN, EXPIRED;

    /** What a stored status reads as on {@code today} (a clinic-local date). */
    public static WaitListEntryStatus readAs(WaitListEntryStatus stored, LocalDate latestDate, LocalDate today) {
        return stored == ACTIVE && latestDate.isBefore(today) ? EXPIRED : stored;
    }
}
