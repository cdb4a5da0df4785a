package care.needlepoint.scheduling.appointment.domain;

/**
 * Who is asking, as booking rules need it: the token subject (for audit), whether they are an administrator (who may
 * override), and whether they act only as a practitioner (who may touch only their own appointments).
 */
public record Caller(String subject, boolean admin, boolean practitionerOnly) {
}
