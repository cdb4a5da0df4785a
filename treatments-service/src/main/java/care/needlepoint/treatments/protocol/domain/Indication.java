package care.needlepoint.treatments.protocol.domain;

/** What a protocol treats. A code is never renamed or reused: courses and integrations keep it. */
public enum Indication {
    ACNE_SCARS,
    OTHER_SCARS,
    STRETCH_MARKS,
    FINE_LINES_AND_TEXTURE,
    PIGMENTATION,
    ENLARGED_PORES,
    HAIR_THINNING,
    UNDER_EYE,
    PRODUCT_ABSORPTION,
    /** A client's own rolling at home between or after clinic series. */
    HOME_MAINTENANCE
}
