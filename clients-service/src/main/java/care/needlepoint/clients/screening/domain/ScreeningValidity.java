package care.needlepoint.clients.screening.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a screening can be relied on: from the instant it is recorded until it expires {@code validFor} later, or until
 * a newer one is recorded. Worked out when a screening is read, never stored, so that a change of the clinic's
 * validity period applies to every screening at once. Pure, so its edges are tested without a clock.
 */
public final class ScreeningValidity {

    private ScreeningValidity() {
    }

    /** The instant the screening stops being current; at that instant it is already expired. */
    public static Instant expiresAt(Instant recordedAt, Duration validFor) {
        return recordedAt.plus(validFor);
    }

    /**
     * The state at {@code now} of a screening recorded at {@code recordedAt}; {@code superseded} when the client has
     * a newer one. A screening read a moment "before" it was recorded (clocks of two nodes) is current.
     */
    public static ScreeningState stateOf(Instant recordedAt, boolean superseded, Duration validFor, Instant now) {
        if (superseded) {
            return ScreeningState.SUPERSEDED;
        }
        return now.isBefore(expiresAt(recordedAt, validFor)) ? ScreeningState.CURRENT : ScreeningState.EXPIRED;
    }

    /** The client's state at {@code now} given when their newest screening was recorded (null: never). */
    public static ClientScreeningState clientStateOf(Instant newestRecordedAt, Duration validFor, Instant now) {
        if (newestRecordedAt == null) {
            return ClientScreeningState.MISSING;
        }
        return stateOf(newestRecordedAt, false, validFor, now) == ScreeningState.CURRENT
                ? ClientScreeningState.CURRENT
                : ClientScreeningState.EXPIRED;
    }
}
