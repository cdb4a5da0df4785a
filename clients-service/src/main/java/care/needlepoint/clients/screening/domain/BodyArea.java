package care.needlepoint.clients.screening.domain;

/**
 * Where on the body something is: the closed list {@code body-area} of docs/domain.md, in the page's order, which
 * treatments-service's protocols and charts speak too. {@code BodyAreaTest} fails when this enum and the page
 * disagree. The list only grows; a code is never renamed or reused.
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
