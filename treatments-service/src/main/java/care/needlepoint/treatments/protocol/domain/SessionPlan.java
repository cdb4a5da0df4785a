package care.needlepoint.treatments.protocol.domain;

/** How many sessions a course of the protocol plans by default, and the range a practitioner may choose from. */
public record SessionPlan(int defaultCount, int min, int max) {
}
