package care.needlepoint.scheduling.series.domain;

/** Which sessions of a series a cancellation covers. */
public enum CancellationScope {
    THIS, THIS_AND_FOLLOWING, ALL_REMAINING
}
