package care.needlepoint.treatments.protocol.domain;

/** A range of whole days, both ends included: the spacing between sessions, the interval between home uses. */
public record DayRange(int min, int max) {
}
