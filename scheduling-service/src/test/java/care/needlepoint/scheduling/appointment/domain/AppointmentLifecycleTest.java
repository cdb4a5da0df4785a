package care.needlepoint.scheduling.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import care.needlepoint.scheduling.appointment.domain.AppointmentLifecycle.Transition;

class AppointmentLifecycleTest {

    private static final Instant START = Instant.parse("2027-02-01T10:00:00Z");
    private static final Instant BEFORE = START.minusSeconds(3600);

    @Test
    void theHappyPathIsBookedCheckedInCompleted() {
        assertThat(AppointmentLifecycle.refusal(AppointmentStatus.HELD, Transition.CONFIRM, BEFORE, START)).isEmpty();
        assertThat(AppointmentLifecycle.refusal(AppointmentStatus.BOOKED, Transition.CHECK_IN, BEFORE, START))
                .isEmpty();
        assertThat(AppointmentLifecycle.refusal(AppointmentStatus.CHECKED_IN, Transition.COMPLETE, BEFORE, START))
                .isEmpty();
        assertThat(AppointmentLifecycle.refusal(AppointmentStatus.BOOKED, Transition.COMPLETE, BEFORE, START))
                .contains("The appointment is BOOKED; only a CHECKED_IN one can be completed.");
    }

    @Test
    void onlyBookedAppointmentsAreCancelledMovedOrMissed() {
        for (AppointmentStatus status : AppointmentStatus.values()) {
            boolean booked = status == AppointmentStatus.BOOKED;
            assertThat(AppointmentLifecycle.refusal(status, Transition.CANCEL, BEFORE, START).isEmpty())
                    .isEqualTo(booked);
            assertThat(AppointmentLifecycle.refusal(status, Transition.RESCHEDULE, BEFORE, START).isEmpty())
                    .isEqualTo(booked);
        }
        assertThat(AppointmentLifecycle.refusal(AppointmentStatus.BOOKED, Transition.NO_SHOW, BEFORE, START))
                .isPresent();
        assertThat(AppointmentLifecycle.refusal(AppointmentStatus.BOOKED, Transition.NO_SHOW, START, START))
                .isEmpty();
    }

    @Test
    void aCancellationInsideTheWindowIsLate() {
        Duration day = Duration.ofHours(24);
        assertThat(AppointmentLifecycle.isLateCancellation(START.minus(Duration.ofHours(25)), START, day)).isFalse();
        assertThat(AppointmentLifecycle.isLateCancellation(START.minus(Duration.ofHours(23)), START, day)).isTrue();
        assertThat(AppointmentLifecycle.isLateCancellation(START.plusSeconds(60), START, day)).isTrue();
        assertThat(AppointmentStatus.CANCELLED.holdsTime()).isFalse();
        assertThat(AppointmentStatus.EXPIRED.holdsTime()).isFalse();
        assertThat(AppointmentStatus.NO_SHOW.holdsTime()).isTrue();
    }
}
