package care.needlepoint.treatments.session.domain;

/** The clinical endpoint reached on an area. */
public enum Endpoint {
    /** Even redness. */
    ERYTHEMA,
    /** Pinpoint bleeding. */
    PINPOINT_BLEEDING
}
