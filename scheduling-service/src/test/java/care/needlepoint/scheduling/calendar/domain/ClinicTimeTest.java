package care.needlepoint.scheduling.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClinicTimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    @Test
    void aTimeInTheSpringGapDoesNotExist() {
        assertThat(ClinicTime.exactly(SPRING, LocalTime.of(1, 30), LONDON)).isEmpty();
        assertThat(ClinicTime.exactly(SPRING, LocalTime.of(0, 59), LONDON))
                .contains(Instant.parse("2026-03-29T00:59:00Z"));
        assertThat(ClinicTime.exactly(SPRING, LocalTime.of(2, 0), LONDON))
                .contains(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(ClinicTime.gapMessage(SPRING, LocalTime.of(1, 30), LONDON))
                .isEqualTo("does not exist on 2026-03-29 in Europe/London: clocks go forward from 01:00 to 02:00; "
                        + "choose a time outside that gap");
    }

    @Test
    void anAmbiguousTimeMeansItsFirstOccurrence() {
        assertThat(ClinicTime.exactly(AUTUMN, LocalTime.of(1, 30), LONDON))
                .contains(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(ClinicTime.leniently(AUTUMN, LocalTime.of(1, 30), LONDON))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void weeklyHoursInTheGapMoveLaterByTheGap() {
        assertThat(ClinicTime.leniently(SPRING, LocalTime.of(1, 30), LONDON))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void weeklyHoursLaidOutAcrossTheChangeKeepTheirWallClockTimes() {
        Intervals hours = WorkingCalendar.weekly(List.of(
                new WeeklyInterval(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new WeeklyInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
                LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30), LONDON);
        assertThat(hours.parts()).containsExactly(
                new Interval(Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-28T17:00:00Z")),
                new Interval(Instant.parse("2026-03-30T08:00:00Z"), Instant.parse("2026-03-30T16:00:00Z")));
    }

    @Test
    void aDayIsTwentyThreeOrTwentyFiveHoursLongOnTheChangeDays() {
        assertThat(ClinicTime.startOfDay(SPRING.plusDays(1), LONDON).getEpochSecond()
                - ClinicTime.startOfDay(SPRING, LONDON).getEpochSecond()).isEqualTo(23 * 3600);
        assertThat(ClinicTime.startOfDay(AUTUMN.plusDays(1), LONDON).getEpochSecond()
                - ClinicTime.startOfDay(AUTUMN, LONDON).getEpochSecond()).isEqualTo(25 * 3600);
    }
}
