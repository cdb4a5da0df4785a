package care.needlepoint.clients.consent.domain;

/** Where a client stands with one kind of consent (see {@link ConsentStatusPolicy}). */
public enum KindConsentState {
    /** The client's deciding consent of the kind is to the current version and not revoked. */
    VALID,
    /** The client's deciding consent is to a version that has since been superseded. */
    OUTDATED,
    /** The client's deciding consent has been revoked. */
    REVOKED,
    /** A document of the kind is published, but the client has never consented to any version of it. */
    MISSING,
    /** No document of the kind has been published, so nobody can consent to it yet. */
    NO_DOCUMENT
}
