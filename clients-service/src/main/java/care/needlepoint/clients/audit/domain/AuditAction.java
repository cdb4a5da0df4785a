package care.needlepoint.clients.audit.domain;

/** What was done to an audited record. */
public enum AuditAction {
    CREATE,
    READ,
    /** The record appeared in a list or search result. */
    LIST,
    UPDATE,
    ARCHIVE,
    RESTORE,
    REVOKE,
    EXPORT,
    ERASE
}
