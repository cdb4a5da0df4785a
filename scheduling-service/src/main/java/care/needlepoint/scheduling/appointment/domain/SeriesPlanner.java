package care.needlepoint.scheduling.appointment.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Plans the sessions of a series as a pure policy (README, "Series"): session k+1 lies within [k + spacing.min,
 * k + spacing.max] days of session k, counted in the clinic's LOCAL calendar, so that "the same local time" survives
 * a DST change (10:00 stays 10:00, whatever the UTC offset). Within a window it prefers, in this order, the same
 * weekday, the same local time (the first session's, or the preferred window for the first), the same practitioner,
 * then the earliest date. When nothing is free in a window it says why and offers the nearest slots outside it.
 */
public final class SeriesPlanner {

    /** How many alternatives a session without a fitting slot offers. */
    static final int ALTERNATIVES = 3;

    /** How far outside a full window alternatives are looked for, each side. */
    static final int ALTERNATIVE_DAYS = 7;

    private SeriesPlanner() {
    }

    /** A free start for the whole visit with its practitioner and room. */
    public record Candidate(Instant startsAt, UUID practitionerId, UUID roomId) {
    }

    /** The free candidates on local dates from..to (inclusive); the caller applies a fixed practitioner. */
    @FunctionalInterface
    public interface FreeSlots {
        List<Candidate> between(LocalDate from, LocalDate to);
    }

    /**
     * The caller's wishes: the first session on {@code firstDate} exactly, or within {@code firstWindowDays} from
     * {@code earliestStart}; a preferred weekday and local time window (both may be null).
     */
    public record Preferences(LocalDate firstDate, LocalDate earliestStart, int firstWindowDays, DayOfWeek weekday,
            LocalTime timeFrom, LocalTime timeTo, LocalTime time, UUID practitioner) {

        public Preferences(LocalDate firstDate, LocalDate earliestStart, int firstWindowDays, DayOfWeek weekday,
                LocalTime timeFrom, LocalTime timeTo) {
            this(firstDate, earliestStart, firstWindowDays, weekday, timeFrom, timeTo, null, null);
        }

        /**
         * Re-planning an existing series: keep its weekday, local time and practitioner from the first session on,
         * as a new series keeps its first session's.
         */
        public static Preferences keeping(LocalDate earliestStart, int windowDays, DayOfWeek weekday, LocalTime time,
                UUID practitioner) {
            return new Preferences(null, earliestStart, windowDays, weekday, null, null, time, practitioner);
        }
    }

    /** A planned session: its window, the chosen slot (or why none fits and the nearest alternatives). */
    public record PlannedSession(int sequence, LocalDate earliest, LocalDate latest, Candidate chosen,
            List<String> compromises, String reason, List<Candidate> alternatives) {
    }

    public static List<PlannedSession> plan(int sessions, int spacingMin, int spacingMax, Preferences preferences,
            ZoneId zone, FreeSlots free) {
        List<PlannedSession> plan = new ArrayList<>();
        LocalDate earliest = preferences.firstDate() != null ? preferences.firstDate() : preferences.earliestStart();
        LocalDate latest = preferences.firstDate() != null ? preferences.firstDate()
                : earliest.plusDays(Math.max(1, preferences.firstWindowDays()) - 1L);
        DayOfWeek weekday = preferences.weekday();
        LocalTime time = preferences.time();
        UUID practitioner = preferences.practitioner();
        for (int sequence = 1; sequence <= sessions; sequence++) {
            Target target = new Target(weekday, time, practitioner, preferences.timeFrom(), preferences.timeTo(),
                    zone);
            List<Candidate> inWindow = free.between(earliest, latest);
            LocalDate from = earliest;
            LocalDate to = latest;
            var best = inWindow.stream().filter(c -> !date(c, zone).isBefore(from) && !date(c, zone).isAfter(to))
                    .min(target.order());
            LocalDate anchor;
            if (best.isPresent()) {
                Candidate chosen = best.get();
                plan.add(new PlannedSession(sequence, earliest, latest, chosen, target.compromises(chosen), null,
                        List.of()));
                anchor = date(chosen, zone);
                if (sequence == 1 && preferences.time() == null) {
                    // Later sessions keep the first one's weekday, local time and practitioner.
                    weekday = anchor.getDayOfWeek();
                    time = local(chosen, zone);
                    practitioner = chosen.practitionerId();
                }
            } else {
                List<Candidate> around = new ArrayList<>(free.between(earliest.minusDays(ALTERNATIVE_DAYS),
                        earliest.minusDays(1)));
                around.addAll(free.between(latest.plusDays(1), latest.plusDays(ALTERNATIVE_DAYS)));
                Comparator<Candidate> nearest = Comparator.comparingLong(c -> distance(date(c, zone), from, to));
                List<Candidate> alternatives = around.stream()
                        .filter(c -> plan.isEmpty() || plan.get(plan.size() - 1).chosen() == null
                                || date(c, zone).isAfter(date(plan.get(plan.size() - 1).chosen(), zone)))
                        .sorted(nearest.thenComparing(target.order())).limit(ALTERNATIVES).toList();
                plan.add(new PlannedSession(sequence, earliest, latest, null, List.of(),
                        "No free slot from " + earliest + " to " + latest + " (" + spacingText(sequence, spacingMin,
                                spacingMax) + ")" + (alternatives.isEmpty() ? "; nothing free within "
                                        + ALTERNATIVE_DAYS + " days either side either."
                                        : "; the nearest free slots outside the window are offered, and later "
                                                + "sessions are counted from the first of them."),
                        alternatives));
                anchor = alternatives.isEmpty() ? earliest : date(alternatives.get(0), zone);
            }
            earliest = anchor.plusDays(spacingMin);
            latest = anchor.plusDays(spacingMax);
        }
        return plan;
    }

    private static String spacingText(int sequence, int min, int max) {
        return sequence == 1 ? "the first session's dates" : min + "-" + max + " days after session " + (sequence - 1);
    }

    private static long distance(LocalDate date, LocalDate from, LocalDate to) {
        if (date.isBefore(from)) {
            return from.toEpochDay() - date.toEpochDay();
        }
        return date.isAfter(to) ? date.toEpochDay() - to.toEpochDay() : 0;
    }

    static LocalDate date(Candidate c, ZoneId zone) {
        return LocalDate.ofInstant(c.startsAt(), zone);
    }

    static LocalTime local(Candidate c, ZoneId zone) {
        return c.startsAt().atZone(zone).toLocalTime();
    }

    /** What a session should look like; missing parts are no preference. */
    private record Target(DayOfWeek weekday, LocalTime time, UUID practitioner, LocalTime timeFrom, LocalTime timeTo,
            ZoneId zone) {

        boolean weekdayMatches(Candidate c) {
            return weekday == null || date(c, zone).getDayOfWeek() == weekday;
        }

        boolean timeMatches(Candidate c) {
            return time == null || local(c, zone).equals(time);
        }

        boolean practitionerMatches(Candidate c) {
            return practitioner == null || practitioner.equals(c.practitionerId());
        }

        boolean inTimeWindow(Candidate c) {
            LocalTime t = local(c, zone);
            return (timeFrom == null || !t.isBefore(timeFrom)) && (timeTo == null || t.isBefore(timeTo));
        }

        /** Minutes from the wanted local time (or the preferred window) to this candidate's local time. */
        long timeDistance(Candidate c) {
            LocalTime t = local(c, zone);
            if (time != null) {
                return Math.abs(Duration.between(time, t).toMinutes());
            }
            if (timeFrom != null && t.isBefore(timeFrom)) {
                return Duration.between(t, timeFrom).toMinutes();
            }
            if (timeTo != null && !t.isBefore(timeTo)) {
                return Duration.between(timeTo, t).toMinutes();
            }
            return 0;
        }

        Comparator<Candidate> order() {
            return Comparator.<Candidate, Boolean>comparing(c -> !weekdayMatches(c))
                    .thenComparing(c -> !timeMatches(c))
                    .thenComparing(c -> !practitionerMatches(c))
                    .thenComparing(c -> !inTimeWindow(c))
                    .thenComparing(this::timeDistance)
                    .thenComparing(Candidate::startsAt)
                    .thenComparing(c -> Objects.toString(c.practitionerId()));
        }

        List<String> compromises(Candidate c) {
            List<String> notes = new ArrayList<>();
            if (!weekdayMatches(c)) {
                notes.add("other-weekday");
            }
            if (!timeMatches(c)) {
                notes.add("other-local-time");
            }
            if (!practitionerMatches(c)) {
                notes.add("other-practitioner");
            }
            if (!inTimeWindow(c)) {
                notes.add("outside-preferred-time-window");
            }
            return notes;
        }
    }
}
