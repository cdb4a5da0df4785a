package care.needlepoint.scheduling.series.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;

class SeriesRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    @Test
    void theWindowIsMinToMaxDaysAfterThePreviousSessionCountedInDates() {
        SeriesRules.Window window = SeriesRules.after(LocalDate.of(2027, 3, 1), 28, 42, TODAY);
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(window.resumed()).isFalse();
        assertThat(window.days()).isEqualTo(15);
    }

    @Test
    void bothEdgesBelongToTheWindowAndOneDayOutsideDoesNot() {
        SeriesRules.Window window = SeriesRules.after(LocalDate.of(2027, 3, 1), 28, 42, TODAY);
        assertThat(window.contains(LocalDate.of(2027, 3, 29))).isTrue();
        assertThat(window.contains(LocalDate.of(2027, 4, 12))).isTrue();
        assertThat(window.contains(LocalDate.of(2027, 3, 28))).isFalse();
        assertThat(window.contains(LocalDate.of(2027, 4, 13))).isFalse();
    }

    @Test
    void aWindowAcrossTheSpringForwardDayIsStillCountedInDates() {
        // 2027-03-28 is Europe/London's spring-forward day: a 23-hour day counts as one date like any other.
        SeriesRules.Window window = SeriesRules.after(LocalDate.of(2027, 3, 27), 1, 2, TODAY);
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2027, 3, 29));
    }

    @Test
    void aWindowThatHasPassedResumesFromTodayWithTheSameWidth() {
        SeriesRules.Window window = SeriesRules.after(LocalDate.of(2026, 11, 1), 28, 42, TODAY);
        assertThat(window.earliest()).isEqualTo(TODAY);
        assertThat(window.latest()).isEqualTo(TODAY.plusDays(14));
        assertThat(window.resumed()).isTrue();
    }

    @Test
    void aWindowEndingTodayHasNotPassed() {
        SeriesRules.Window window = SeriesRules.after(TODAY.minusDays(42), 28, 42, TODAY);
        assertThat(window.earliest()).isEqualTo(TODAY.minusDays(14));
        assertThat(window.latest()).isEqualTo(TODAY);
        assertThat(window.resumed()).isFalse();
    }

    @Test
    void withNothingBeforeTheSessionMayLieFromToday() {
        SeriesRules.Window window = SeriesRules.after(null, 28, 42, TODAY);
        assertThat(window.earliest()).isEqualTo(TODAY);
        assertThat(window.latest()).isEqualTo(TODAY.plusDays(14));
        assertThat(window.resumed()).isFalse();
    }

    @Test
    void aSpacingThatCannotBeIsRefused() {
        assertThatThrownBy(() -> SeriesRules.after(TODAY, 42, 28, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeriesRules.after(TODAY, -1, 28, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeriesWithASessionToComeIsActiveWhateverElseHappened() {
        Map<Integer, AppointmentStatus> standing = Map.of(1, AppointmentStatus.COMPLETED, 2,
                AppointmentStatus.COMPLETED, 4, AppointmentStatus.BOOKED);
        assertThat(SeriesRules.state(4, standing)).isEqualTo(SeriesState.ACTIVE);
        assertThat(SeriesRules.openPlaces(4, standing)).containsExactly(3);
        assertThat(SeriesRules.state(2, Map.of(1, AppointmentStatus.CHECKED_IN))).isEqualTo(SeriesState.ACTIVE);
    }

    @Test
    void aSeriesIsCompletedOnlyWhenEveryPlaceIsCompleted() {
        assertThat(SeriesRules.state(3, Map.of(1, AppointmentStatus.COMPLETED, 2, AppointmentStatus.COMPLETED, 3,
                AppointmentStatus.COMPLETED))).isEqualTo(SeriesState.COMPLETED);
        assertThat(SeriesRules.openPlaces(3, Map.of(1, AppointmentStatus.COMPLETED, 2, AppointmentStatus.COMPLETED,
                3, AppointmentStatus.COMPLETED))).isEmpty();
    }

    @Test
    void nothingToComeAndNotAllCompletedIsCancelled() {
        assertThat(SeriesRules.state(3, Map.of(1, AppointmentStatus.COMPLETED))).isEqualTo(SeriesState.CANCELLED);
        assertThat(SeriesRules.state(3, Map.of())).isEqualTo(SeriesState.CANCELLED);
        assertThat(SeriesRules.openPlaces(3, Map.of())).containsExactly(1, 2, 3);
    }

    @Test
    void aSessionAtOrAfterTheScreeningsExpiryNeedsItRenewedFirst() {
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        java.time.Instant expires = java.time.Instant.parse("2027-03-01T23:30:00Z");
        // London is on GMT until 28 March: 23:30 UTC on 1 March is still 1 March in the clinic.
        assertThat(SeriesRules.screeningAttention(expires, java.time.Instant.parse("2027-03-08T10:00:00Z"), london))
                .contains("screening must be renewed before 2027-03-01");
        assertThat(SeriesRules.screeningAttention(expires, expires, london)).isPresent();
        assertThat(SeriesRules.screeningAttention(expires, expires.minusSeconds(1), london)).isEmpty();
        assertThat(SeriesRules.screeningAttention(null, expires, london)).isEmpty();
        // In summer time the clinic date of an evening expiry is the next day in UTC terms.
        assertThat(SeriesRules.screeningAttention(java.time.Instant.parse("2027-06-01T23:30:00Z"),
                java.time.Instant.parse("2027-07-01T09:00:00Z"), london))
                .contains("screening must be renewed before 2027-06-02");
    }
}
