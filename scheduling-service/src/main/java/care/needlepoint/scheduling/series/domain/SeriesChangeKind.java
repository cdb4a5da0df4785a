package care.needlepoint.scheduling.series.domain;

/** What a change did to a series. */
public enum SeriesChangeKind {
    /** The series was booked. */
    BOOKED,
    /** One session moved, keeping the spacing to its neighbours. */
    MOVED,
    /** Several sessions moved or were booked again together (a re-plan). */
    REPLANNED,
    /** One or more sessions were cancelled. */
    CANCELLED
}
