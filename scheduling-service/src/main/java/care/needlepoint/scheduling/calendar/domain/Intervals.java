package care.needlepoint.scheduling.calendar.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A set of instants as sorted, disjoint, non-touching intervals: the hours someone can work, the times they are busy.
 * Immutable; the operations return new sets.
 */
public final class Intervals {

    private static final Intervals EMPTY = new Intervals(List.of());

    private final List<Interval> parts;

    private Intervals(List<Interval> normalised) {
        this.parts = normalised;
    }

    public static Intervals empty() {
        return EMPTY;
    }

    /** The union of any intervals, overlapping or not, in any order. */
    public static Intervals of(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            if (!merged.isEmpty() && !merged.get(merged.size() - 1).end().isBefore(next.start())) {
                Interval last = merged.remove(merged.size() - 1);
                Instant end = last.end().isAfter(next.end()) ? last.end() : next.end();
                merged.add(new Interval(last.start(), end));
            } else {
                merged.add(next);
            }
        }
        return new Intervals(List.copyOf(merged));
    }

    public List<Interval> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public Intervals union(Intervals other) {
        List<Interval> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return of(all);
    }

    public Intervals intersect(Intervals other) {
        List<Interval> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < parts.size() && j < other.parts.size()) {
            Interval a = parts.get(i);
            Interval b = other.parts.get(j);
            Instant start = a.start().isAfter(b.start()) ? a.start() : b.start();
            Instant end = a.end().isBefore(b.end()) ? a.end() : b.end();
            if (start.isBefore(end)) {
                result.add(new Interval(start, end));
            }
            if (a.end().isBefore(b.end())) {
                i++;
            } else {
                j++;
            }
        }
        return new Intervals(List.copyOf(result));
    }

    public Intervals subtract(Intervals other) {
        List<Interval> result = new ArrayList<>();
        for (Interval part : parts) {
            Instant cursor = part.start();
            for (Interval cut : other.parts) {
                if (!cut.end().isAfter(cursor) || !cut.start().isBefore(part.end())) {
                    continue;
                }
                if (cut.start().isAfter(cursor)) {
                    result.add(new Interval(cursor, cut.start()));
                }
                if (cut.end().isAfter(cursor)) {
                    cursor = cut.end();
                }
            }
            if (cursor.isBefore(part.end())) {
                result.add(new Interval(cursor, part.end()));
            }
        }
        return new Intervals(List.copyOf(result));
    }

    /** Whether the whole of {@code interval} lies inside one part of this set. */
    public boolean covers(Interval interval) {
        int candidate = lastPartWhoseStart(start -> !start.isAfter(interval.start()));
        return candidate >= 0 && parts.get(candidate).contains(interval);
    }

    public boolean overlaps(Interval interval) {
        // Parts are disjoint and sorted, so only the last one starting before the interval ends can reach into it.
        int candidate = lastPartWhoseStart(start -> start.isBefore(interval.end()));
        return candidate >= 0 && parts.get(candidate).overlaps(interval);
    }

    /**
     * The last part whose start qualifies, or -1; {@code qualifies} must hold for a prefix of the parts. A binary
     * search: availability asks once per slot and candidate, over weeks of busy times.
     */
    private int lastPartWhoseStart(Predicate<Instant> qualifies) {
        int low = 0;
        int high = parts.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (qualifies.test(parts.get(middle).start())) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return parts.toString();
    }
}
