package care.needlepoint.scheduling.peer;

/** What every call to another service shares, beside the 2 s timeouts in application.properties. */
final class PeerCalls {

    /**
     * A failed read is tried again only if it failed within this time (the retries' {@code maxDuration}). A refused
     * connection or an error answer comes at once and is worth one more try; a read that ran into the 2 s timeout met a
     * peer that accepts and does not answer, and trying again only made the caller wait 4 s for the same 503.
     */
    static final long RETRY_WITHIN_MS = 1_000;

    private PeerCalls() {
    }
}
