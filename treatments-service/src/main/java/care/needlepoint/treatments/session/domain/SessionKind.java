package care.needlepoint.treatments.session.domain;

/** Whether a session belongs to the planned series or is maintenance after it. */
public enum SessionKind {
    SERIES,
    MAINTENANCE
}
