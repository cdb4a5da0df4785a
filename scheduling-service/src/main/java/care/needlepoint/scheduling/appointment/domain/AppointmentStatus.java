package care.needlepoint.scheduling.appointment.domain;

/** Where an appointment is in its life (see {@link AppointmentLifecycle}). */
public enum AppointmentStatus {
    /** A hold: the slot is kept until it lapses or is confirmed. */
    HELD,
    /** A hold that lapsed or was released; holds no time. */
    EXPIRED,
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    /** Holds no time; the reason, who and whether it was late are recorded. */
    CANCELLED,
    NO_SHOW;

    /** Whether an appointment in this status holds time (the exclusion constraints cover it). */
    public boolean holdsTime() {
        return this != CANCELLED && this != EXPIRED;
    }
}
