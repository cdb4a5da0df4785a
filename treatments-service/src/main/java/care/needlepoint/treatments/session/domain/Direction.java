package care.needlepoint.treatments.session.domain;

/** A direction of the passes over an area. */
public enum Direction {
    HORIZONTAL,
    VERTICAL,
    DIAGONAL
}
