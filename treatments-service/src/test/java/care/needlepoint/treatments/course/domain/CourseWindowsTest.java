package care.needlepoint.treatments.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import care.needlepoint.treatments.protocol.domain.DayRange;
import care.needlepoint.treatments.protocol.domain.MonthRange;

class CourseWindowsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DayRange SPACING = new DayRange(28, 42);
    private static final MonthRange MAINTENANCE = new MonthRange(6, 12);

    @Test
    void theNextSessionIsDueFromTheLastSessionsDatePlusTheSpacingRange() {
        assertThat(CourseWindows.nextSession(CourseStatus.ACTIVE, 1, 4, Instant.parse("2026-11-21T09:30:00Z"),
                SPACING, LONDON)).isEqualTo(new DateWindow(LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 2)));
    }

    @Test
    void daysAreCountedInTheClinicsCalendarNotUtc() {
        // 00:30 on 30 March 2026 in London (BST) is still 29 March in UTC.
        Instant justAfterMidnight = Instant.parse("2026-03-29T23:30:00Z");
        assertThat(CourseWindows.nextSession(CourseStatus.ACTIVE, 1, 4, justAfterMidnight, SPACING, LONDON)
                .earliest()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(CourseWindows.nextSession(CourseStatus.ACTIVE, 1, 4, justAfterMidnight, SPACING, ZoneId.of("UTC"))
                .earliest()).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void noNextSessionWindowBeforeTheFirstSessionOrOnceTheSeriesIsDone() {
        assertThat(CourseWindows.nextSession(CourseStatus.PLANNED, 0, 4, null, SPACING, LONDON)).isNull();
        assertThat(CourseWindows.nextSession(CourseStatus.ACTIVE, 4, 4, Instant.now(), SPACING, LONDON)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = { "COMPLETED", "MAINTENANCE", "STOPPED" })
    void noNextSessionWindowOutsideTheSeries(CourseStatus status) {
        assertThat(CourseWindows.nextSession(status, 2, 4, Instant.now(), SPACING, LONDON)).isNull();
    }

    @Test
    void maintenanceIsDueInCalendarMonthsAfterTheLastSession() {
        assertThat(CourseWindows.maintenanceDue(CourseStatus.MAINTENANCE, Instant.parse("2026-03-31T10:00:00Z"),
                MAINTENANCE, LONDON)).isEqualTo(new DateWindow(LocalDate.of(2026, 9, 30), LocalDate.of(2027, 3, 31)));
        assertThat(CourseWindows.maintenanceDue(CourseStatus.COMPLETED, Instant.parse("2026-03-31T10:00:00Z"),
                MAINTENANCE, LONDON)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = { "PLANNED", "ACTIVE", "STOPPED" })
    void noMaintenanceWindowUnlessTheSeriesIsComplete(CourseStatus status) {
        assertThat(CourseWindows.maintenanceDue(status, Instant.now(), MAINTENANCE, LONDON)).isNull();
    }

    @Test
    void noMaintenanceWindowWhenTheProtocolHasNoMaintenance() {
        assertThat(CourseWindows.maintenanceDue(CourseStatus.COMPLETED, Instant.now(), null, LONDON)).isNull();
    }
}
