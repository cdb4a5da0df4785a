package care.needlepoint.treatments.protocol.domain;

/**
 * Where on the body: a protocol's treatment areas and depth limits, a screening answer's site, a charted area. The
 * closed list of docs/domain.md ({@code body-area}), which clients-service speaks too; BodyAreaTest compares them.
 * A code is never renamed or reused.
 */
public enum BodyArea {
    FOREHEAD,
    TEMPLES,
    UNDER_EYE,
    NOSE,
    CHEEKS,
    UPPER_LIP,
    CHIN,
    JAWLINE,
    NECK,
    DECOLLETE,
    SCALP,
    BREASTS,
    ABDOMEN,
    FLANKS,
    BACK,
    ARMS,
    HANDS,
    BUTTOCKS,
    HIPS,
    THIGHS,
    KNEES
}
