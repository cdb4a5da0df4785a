package care.needlepoint.treatments.eligibility.domain;

/** The overall answer to "may this client have this treatment": the worst of its findings. */
public enum EligibilityOutcome {
    /** Nothing stands in the way. */
    OK,
    /** Allowed once a practitioner has acknowledged every warning. */
    WARN,
    /** Not allowed. */
    BLOCK
}
