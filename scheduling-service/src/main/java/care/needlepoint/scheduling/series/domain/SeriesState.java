package care.needlepoint.scheduling.series.domain;

/** A series' state, derived from its sessions whenever it is read (never stored). */
public enum SeriesState {
    /** At least one session is still to come (booked or checked in). */
    ACTIVE,
    /** Every planned session has been completed. */
    COMPLETED,
    /** Nothing is to come, and not every session was completed (cancelled, or ended by missed sessions). */
    CANCELLED
}
