package care.needlepoint.scheduling.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which status changes are allowed, as a pure policy: booked → checked in → completed; a booked appointment may
 * instead be cancelled, marked as a no-show (once it has started) or rescheduled; a hold is confirmed or lapses.
 */
public final class AppointmentLifecycle {

    public enum Transition {
        CONFIRM(AppointmentStatus.BOOKED, Set.of(AppointmentStatus.HELD)),
        RELEASE(AppointmentStatus.EXPIRED, Set.of(AppointmentStatus.HELD)),
        CHECK_IN(AppointmentStatus.CHECKED_IN, Set.of(AppointmentStatus.BOOKED)),
        COMPLETE(AppointmentStatus.COMPLETED, Set.of(AppointmentStatus.CHECKED_IN)),
        CANCEL(AppointmentStatus.CANCELLED, Set.of(AppointmentStatus.BOOKED)),
        NO_SHOW(AppointmentStatus.NO_SHOW, Set.of(AppointmentStatus.BOOKED)),
        RESCHEDULE(AppointmentStatus.BOOKED, Set.of(AppointmentStatus.BOOKED));

        private final AppointmentStatus to;
        private final Set<AppointmentStatus> from;

        Transition(AppointmentStatus to, Set<AppointmentStatus> from) {
            this.to = to;
            this.from = from;
        }

        public AppointmentStatus to() {
            return to;
        }
    }

    private static final Map<Transition, String> VERBS = Map.of(
            Transition.CONFIRM, "confirmed", Transition.RELEASE, "released", Transition.CHECK_IN, "checked in",
            Transition.COMPLETE, "completed", Transition.CANCEL, "cancelled", Transition.NO_SHOW,
            "marked as a no-show", Transition.RESCHEDULE, "rescheduled");

    private AppointmentLifecycle() {
    }

    /**
     * Empty when the transition is allowed now, otherwise why not (for a 409). A no-show can only be recorded once
     * the appointment has started.
     */
    public static Optional<String> refusal(AppointmentStatus current, Transition transition, Instant now,
            Instant startsAt) {
        if (!transition.from.contains(current)) {
            String allowed = transition.from.iterator().next().name();
            return Optional.of("The appointment is " + current + "; only a " + allowed + " one can be "
                    + VERBS.get(transition) + ".");
        }
        if (transition == Transition.NO_SHOW && now.isBefore(startsAt)) {
            return Optional.of("The appointment has not started yet; a no-show can be recorded from " + startsAt
                    + ".");
        }
        return Optional.empty();
    }

    /** A cancellation is late when it comes less than the clinic's window before the start (or after it). */
    public static boolean isLateCancellation(Instant now, Instant startsAt, Duration window) {
        return now.isAfter(startsAt.minus(window));
    }
}
