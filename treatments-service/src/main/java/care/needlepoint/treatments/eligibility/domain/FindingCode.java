package care.needlepoint.treatments.eligibility.domain;

/**
 * Why a contraindication rule applies, for machines: stable codes, combined with the finding's screening item. New
 * codes may be added; none is renamed.
 */
public enum FindingCode {
    /** A yes/no item was answered yes. */
    ANSWERED_YES,
    /** A site condition is present where it is treated. */
    PRESENT_AT_TREATED_AREA,
    /** A site condition is present, and the rule counts it wherever it is. */
    PRESENT,
    /** A site condition is present but its areas are not known, so it may be at a treated area. */
    PRESENT_AREAS_UNKNOWN,
    /** A dated item happened within the rule's window; the finding says from when the client is clear. */
    WITHIN_WINDOW,
    /** A dated item happened but its date is not known, so it may be within the window. */
    DATE_UNKNOWN,
    /** The screening has no answer to this item: it cannot be cleared, so it blocks whatever the rule's effect. */
    ANSWER_MISSING
}
