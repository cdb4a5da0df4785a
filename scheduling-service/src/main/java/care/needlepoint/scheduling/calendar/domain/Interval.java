package care.needlepoint.scheduling.calendar.domain;

import java.time.Instant;

/** A half-open stretch of time [start, end) between two instants. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("An interval must end after it starts: " + start + " - " + end);
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Interval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }
}
