package care.needlepoint.clients.client.domain;

/** Why a client comes to the clinic: the closed list of docs/domain.md ("skin-concern"), in its order. */
public enum SkinConcern {
    ACNE_SCARS,
    OTHER_SCARS,
    STRETCH_MARKS,
    FINE_LINES_AND_WRINKLES,
    TEXTURE,
    PIGMENTATION,
    ENLARGED_PORES,
    LAXITY,
    DULLNESS,
    HAIR_THINNING,
    UNDER_EYE_DARK_CIRCLES
}
