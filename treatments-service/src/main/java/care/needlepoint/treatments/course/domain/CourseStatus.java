package care.needlepoint.treatments.course.domain;

/**
 * Where a course stands. PLANNED until its first session is charted (or a practitioner starts it), ACTIVE while the
 * series runs, COMPLETED when the planned number of sessions has been charted, MAINTENANCE from then on when the
 * protocol has a maintenance interval (so COMPLETED stays only for protocols without one), STOPPED with a reason at
 * any point before that. STOPPED and COMPLETED are final.
 */
public enum CourseStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    MAINTENANCE,
    STOPPED;

    /** Whether a session may be charted on a course in this status. */
    public boolean chartable() {
        return this == PLANNED || this == ACTIVE || this == MAINTENANCE;
    }
}
