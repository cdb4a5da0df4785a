package care.needlepoint.treatments.session.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import care.needlepoint.treatments.protocol.domain.BodyArea;

/** A row of session_override: a refusal the practitioner overrode, and why. Who and when are the session's. */
@Embeddable
public class SessionOverrideRow {

    @Column(name = "code", nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "area")
    public BodyArea area;

    @Column(name = "reason", nullable = false)
    public String reason;

    public static SessionOverrideRow of(String code, BodyArea area, String reason) {
        SessionOverrideRow row = new SessionOverrideRow();
        row.code = code;
        row.area = area;
        row.reason = reason;
        return row;
    }
}
