package care.needlepoint.clients.screening.domain;

/** Whether a client has a screening that can be relied on now (see {@link ScreeningValidity}). */
public enum ClientScreeningState {
    /** The newest screening is within its validity period. */
    CURRENT,
    /** The newest screening is older than the validity period: screen the client again. */
    EXPIRED,
    /** No screening was ever recorded for the client. */
    MISSING
}
