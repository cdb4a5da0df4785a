package care.needlepoint.scheduling.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.Candidate;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.FreeSlots;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.PlannedSession;
import care.needlepoint.scheduling.appointment.domain.SeriesPlanner.Preferences;

class SeriesPlannerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID ANNA = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID ROOM = UUID.fromString("00000000-0000-4000-8000-0000000000r0".replace("r", "1"));

    /** Every day 09:00, 10:00, 11:00 local for the given practitioners, except where {@code taken} says. */
    private static FreeSlots everyDay(List<UUID> practitioners, Predicate<Candidate> taken) {
        return (from, to) -> {
            List<Candidate> slots = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                for (int hour : new int[] { 9, 10, 11 }) {
                    for (UUID p : practitioners) {
                        Candidate c = new Candidate(d.atTime(hour, 0).atZone(LONDON).toInstant(), p, ROOM);
                        if (!taken.test(c)) {
                            slots.add(c);
                        }
                    }
                }
            }
            return slots;
        };
    }

    private static Preferences from(LocalDate earliest, DayOfWeek weekday, LocalTime timeFrom, LocalTime timeTo) {
        return new Preferences(null, earliest, 14, weekday, timeFrom, timeTo);
    }

    private static LocalDate date(PlannedSession s) {
        return LocalDate.ofInstant(s.chosen().startsAt(), LONDON);
    }

    private static LocalTime time(PlannedSession s) {
        return s.chosen().startsAt().atZone(LONDON).toLocalTime();
    }

    @Test
    void everySessionLiesWithinTheSpacingOfThePreviousOneOnThePreferredWeekdayAndTime() {
        List<PlannedSession> plan = SeriesPlanner.plan(6, 28, 42,
                from(LocalDate.of(2027, 2, 1), DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)), LONDON,
                everyDay(List.of(ANNA), c -> false));
        assertThat(plan).hasSize(6).allSatisfy(s -> {
            assertThat(s.chosen()).isNotNull();
            assertThat(date(s).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(time(s)).isEqualTo(LocalTime.of(10, 0));
            assertThat(s.compromises()).isEmpty();
        });
        assertThat(date(plan.get(0))).isEqualTo(LocalDate.of(2027, 2, 3));
        for (int k = 1; k < plan.size(); k++) {
            long days = date(plan.get(k)).toEpochDay() - date(plan.get(k - 1)).toEpochDay();
            assertThat(days).isBetween(28L, 42L);
            assertThat(plan.get(k).earliest()).isEqualTo(date(plan.get(k - 1)).plusDays(28));
            assertThat(plan.get(k).latest()).isEqualTo(date(plan.get(k - 1)).plusDays(42));
        }
    }

    @Test
    void theWeekdayComesBeforeTheTimeAndTheTimeBeforeThePractitioner() {
        // Session 2's window (2027-03-03..03-17): Anna's Wednesdays are taken, Ben is free; at 10:00 on Wednesdays
        // nobody is free on 03-03, so the planner keeps the weekday and the time and changes the practitioner.
        Predicate<Candidate> taken = c -> {
            LocalDate d = LocalDate.ofInstant(c.startsAt(), LONDON);
            boolean inWindow = !d.isBefore(LocalDate.of(2027, 3, 3)) && !d.isAfter(LocalDate.of(2027, 3, 17));
            return inWindow && d.getDayOfWeek() == DayOfWeek.WEDNESDAY && c.practitionerId().equals(ANNA);
        };
        List<PlannedSession> plan = SeriesPlanner.plan(2, 28, 42,
                new Preferences(LocalDate.of(2027, 2, 3), null, 1, null, null, null), LONDON,
                (from, to) -> everyDay(List.of(ANNA, BEN), taken).between(from, to).stream()
                        .filter(c -> !(c.practitionerId().equals(BEN)
                                && LocalDate.ofInstant(c.startsAt(), LONDON).equals(LocalDate.of(2027, 2, 3))))
                        .toList());
        assertThat(plan.get(0).chosen().practitionerId()).isEqualTo(ANNA);
        assertThat(time(plan.get(0))).isEqualTo(LocalTime.of(9, 0));
        PlannedSession second = plan.get(1);
        assertThat(date(second)).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(time(second)).isEqualTo(LocalTime.of(9, 0));
        assertThat(second.chosen().practitionerId()).isEqualTo(BEN);
        assertThat(second.compromises()).containsExactly("other-practitioner");
    }

    @Test
    void aFullWindowSaysWhyAndOffersTheNearestSlotsOutsideIt() {
        // Everything from 2027-03-01 to 03-21 is taken: session 2's window (03-03..03-17) is full.
        Predicate<Candidate> taken = c -> {
            LocalDate d = LocalDate.ofInstant(c.startsAt(), LONDON);
            return !d.isBefore(LocalDate.of(2027, 3, 1)) && !d.isAfter(LocalDate.of(2027, 3, 21));
        };
        List<PlannedSession> plan = SeriesPlanner.plan(3, 28, 42,
                new Preferences(LocalDate.of(2027, 2, 3), null, 1, null, null, null), LONDON,
                everyDay(List.of(ANNA), taken));
        PlannedSession second = plan.get(1);
        assertThat(second.chosen()).isNull();
        assertThat(second.reason()).contains("2027-03-03").contains("2027-03-17");
        assertThat(second.alternatives()).hasSize(3).allSatisfy(
                c -> assertThat(LocalDate.ofInstant(c.startsAt(), LONDON)).isIn(LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 3, 22)));
        // The rest is counted from the first alternative (2027-02-28, the nearer side).
        assertThat(plan.get(2).earliest()).isEqualTo(LocalDate.ofInstant(second.alternatives().get(0).startsAt(),
                LONDON).plusDays(28));
        assertThat(plan.get(2).chosen()).isNotNull();
    }

    @Test
    void aTenOClockSeriesStaysAtTenLocalAcrossSpringForwardAndFallBack() {
        // 2027-03-28 clocks go forward, 2027-10-31 they go back; 56-63 days apart from 2027-03-15 crosses both.
        List<PlannedSession> plan = SeriesPlanner.plan(6, 56, 63,
                new Preferences(LocalDate.of(2027, 3, 15), null, 1, null, LocalTime.of(10, 0), LocalTime.of(10, 30)),
                LONDON, everyDay(List.of(ANNA), c -> false));
        assertThat(plan).allSatisfy(s -> assertThat(time(s)).isEqualTo(LocalTime.of(10, 0)));
        Set<Integer> offsets = new java.util.HashSet<>();
        plan.forEach(s -> offsets.add(s.chosen().startsAt().atZone(LONDON).getOffset().getTotalSeconds()));
        assertThat(offsets).containsExactlyInAnyOrder(0, 3600);
        assertThat(date(plan.get(5))).isAfter(LocalDate.of(2027, 10, 31));
        for (int k = 1; k < plan.size(); k++) {
            assertThat(date(plan.get(k)).toEpochDay() - date(plan.get(k - 1)).toEpochDay()).isEqualTo(56L);
        }
    }

    @Test
    void aFirstDateIsTheOnlyDayForTheFirstSession() {
        List<PlannedSession> plan = SeriesPlanner.plan(1, 28, 42,
                new Preferences(LocalDate.of(2027, 2, 3), null, 14, DayOfWeek.FRIDAY, null, null), LONDON,
                everyDay(List.of(ANNA), c -> false));
        assertThat(date(plan.get(0))).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(plan.get(0).compromises()).containsExactly("other-weekday");
    }
}
