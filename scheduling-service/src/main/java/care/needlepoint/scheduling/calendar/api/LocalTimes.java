package care.needlepoint.scheduling.calendar.api;

import java.time.LocalTime;

/** Wall-clock times on the wire: "HH:mm", 24-hour, no seconds and no offset (the clinic's zone applies). */
public final class LocalTimes {

    public static final String PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    public static final String MESSAGE = "must be a local time HH:mm such as 09:30";

    private LocalTimes() {
    }

    /** Parses a value that has passed {@link #PATTERN}; null stays null. */
    public static LocalTime parse(String value) {
        return value == null ? null : LocalTime.parse(value);
    }

    public static String format(LocalTime time) {
        return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
