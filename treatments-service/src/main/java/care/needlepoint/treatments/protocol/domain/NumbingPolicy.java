package care.needlepoint.treatments.protocol.domain;

/**
 * Whether a topical anaesthetic is applied before the procedure. Its dwell time matters to scheduling: the client
 * occupies a room while the practitioner is free.
 */
public enum NumbingPolicy {
    NONE,
    OPTIONAL,
    REQUIRED
}
