package care.needlepoint.clients.audit.domain;

/** The kinds of record whose reads and writes are audited; every one belongs to a client. */
public enum AuditedRecord {
    CLIENT,
    SCREENING,
    /** Whether a current screening exists, without its answers. */
    SCREENING_STATUS,
    CONSENT,
    CONSENT_STATUS,
    /** The facts other services read before booking or treating (getBookingFacts). */
    BOOKING_FACTS,
    AUDIT_TRAIL
}
