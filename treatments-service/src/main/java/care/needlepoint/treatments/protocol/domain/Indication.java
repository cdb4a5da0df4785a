package care.needlepoint.treatments.protocol.domain;

/** What a protocol treats. Depth limits per indication come with the needle-depth governance issue. */
public enum Indication {
    ACNE_SCARS,
    OTHER_SCARS,
    STRETCH_MARKS,
    FINE_LINES_AND_TEXTURE,
    PIGMENTATION,
    ENLARGED_PORES,
    HAIR_THINNING,
    UNDER_EYE,
    PRODUCT_ABSORPTION
}
