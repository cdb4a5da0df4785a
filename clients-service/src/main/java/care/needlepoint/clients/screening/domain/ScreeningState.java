package care.needlepoint.clients.screening.domain;

/** Where one recorded screening stands at the moment it is read (see {@link ScreeningValidity}). */
public enum ScreeningState {
    /** The client's newest screening, within its validity period. */
    CURRENT,
    /** The client's newest screening, but recorded longer ago than the validity period. */
    EXPIRED,
    /** A newer screening has been recorded since; this one only tells the history. */
    SUPERSEDED
}
