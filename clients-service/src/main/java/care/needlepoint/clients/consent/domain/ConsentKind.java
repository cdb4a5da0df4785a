package care.needlepoint.clients.consent.domain;

/**
 * What a consent document asks the client to agree to. Each kind has its own series of versions; the highest is the
 * current one (docs/domain.md, "Consent"). A list that only grows: codes are stored and never renamed.
 */
public enum ConsentKind {
    /** Agreement to microneedling treatment, its risks and aftercare. */
    MICRONEEDLING_TREATMENT,
    /** Agreement to clinical photographs being taken and kept. */
    PHOTOGRAPHY,
    /** Agreement to marketing messages. */
    MARKETING
}
