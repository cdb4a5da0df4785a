package care.needlepoint.treatments.protocol.domain;

/**
 * Whether a topical anaesthetic is applied before the procedure. Its dwell time matters to scheduling: the client
 * occupies a room while the practitioner is free.
 */
public enum NumbingPolicy {
    /** No anaesthetic. */
    NONE,
    /** At the client's or practitioner's choice. */
    OPTIONAL,
    /** Required when a session goes deeper than the protocol's threshold; optional at or below it. */
    REQUIRED_ABOVE_DEPTH
}
