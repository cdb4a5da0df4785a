package care.needlepoint.scheduling.calendar.domain;

/** A dated change to weekly hours. */
public enum ExceptionKind {
    /** A practitioner away or a room out of use. */
    TIME_OFF,
    /** The clinic closed (a bank holiday, a refit): nobody can be booked. */
    CLOSURE,
    /** Hours beyond the weekly ones, for the clinic, a practitioner or a room. */
    EXTRA_HOURS
}
