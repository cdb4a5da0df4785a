package care.needlepoint.clients.consent.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import care.needlepoint.clients.consent.domain.ConsentKind;
import care.needlepoint.clients.consent.domain.ConsentMethod;

/** A client's consent to one document version. Only its revocation may ever change (V6__consent.sql). */
@Entity
@Table(name = "client_consent")
public class ClientConsentEntity {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ConsentKind kind;

    @Column(name = "document_version", nullable = false)
    public int documentVersion;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    public ConsentMethod method;

    @Column(name = "captured_by", nullable = false)
    public String capturedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
