package care.needlepoint.clients.screening.domain;

/** The inflammatory skin conditions the screening asks about (docs/domain.md, {@code INFLAMMATORY_SKIN_CONDITION}). */
public enum SkinCondition {
    ECZEMA,
    PSORIASIS,
    ROSACEA
}
