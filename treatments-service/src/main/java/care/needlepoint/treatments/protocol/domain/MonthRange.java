package care.needlepoint.treatments.protocol.domain;

/** A range of calendar months, both ends included: when maintenance is due after a completed course. */
public record MonthRange(int min, int max) {
}
