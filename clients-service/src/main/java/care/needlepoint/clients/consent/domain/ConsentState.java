package care.needlepoint.clients.consent.domain;

/** The state of one consent, computed when it is read (see {@link ConsentStatusPolicy#stateOf}). */
public enum ConsentState {
    /** Not revoked, and its document is still the current version of its kind. */
    VALID,
    /** Not revoked, but a newer version of its document has been published: the client must consent again. */
    OUTDATED,
    /** Revoked by the client. */
    REVOKED
}
