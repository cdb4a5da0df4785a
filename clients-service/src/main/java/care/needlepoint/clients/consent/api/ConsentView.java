package care.needlepoint.clients.consent.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.consent.domain.ConsentKind;
import care.needlepoint.clients.consent.domain.ConsentMethod;
import care.needlepoint.clients.consent.domain.ConsentState;
import care.needlepoint.clients.consent.persistence.ClientConsentEntity;

/** A client's consent as the API shows it. */
@Schema(name = "Consent", description = "A client's agreement to one consent-document version.")
public record ConsentView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "5e8a1c3f-2b7d-4f6e-9a0c-3d1b5f7e9a2c")
        UUID id,
        @Schema(description = "The client who consented.", readOnly = true,
                example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The document version consented to.", example = "9d2c7e1a-4f3b-4a6d-8e5c-1b0f2a3d4c5e")
        UUID documentId,
        @Schema(description = "The document's kind.", readOnly = true, example = "MICRONEEDLING_TREATMENT")
        ConsentKind kind,
        @Schema(description = "The document's version within its kind.", readOnly = true, example = "2",
                minimum = "1")
        int documentVersion,
        @Schema(description = "When the client signed or agreed (RFC 3339, UTC, to the microsecond).",
                example = "2026-11-21T10:15:00Z")
        Instant signedAt,
        @Schema(description = "How the client gave the consent.", example = "HANDWRITTEN_SIGNATURE")
        ConsentMethod method,
        @Schema(description = "Token subject of whoever recorded the consent.", readOnly = true,
                example = "front-desk:sam.reid", maxLength = 255)
        String capturedBy,
        @Schema(description = "When the consent was recorded (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T10:16:30Z")
        Instant recordedAt,
        @Schema(description = "When the consent was revoked (RFC 3339, UTC); null while it stands.", readOnly = true,
                example = "2026-12-02T14:05:00Z", nullable = true)
        Instant revokedAt,
        @Schema(description = "Token subject of whoever recorded the revocation; null while it stands.",
                readOnly = true, example = "front-desk:sam.reid", maxLength = 255, nullable = true)
        String revokedBy,
        @Schema(description = "Why the consent was revoked; null while it stands.", readOnly = true,
                example = "Client withdrew consent to photographs by email on 21 November.", maxLength = 500,
                nullable = true)
        String revocationReason,
        @Schema(description = "This consent's state when read: VALID while it is not revoked and its document is the "
                + "current version of its kind; OUTDATED once a newer version is published (the client must consent "
                + "again); REVOKED once revoked. Where the client stands with a kind overall is getConsentStatus.",
                readOnly = true, example = "VALID")
        ConsentState state) {

    public static ConsentView of(ClientConsentEntity consent, ConsentState state) {
        return new ConsentView(consent.id, consent.clientId, consent.documentId, consent.kind,
                consent.documentVersion, consent.signedAt, consent.method, consent.capturedBy, consent.recordedAt,
                consent.revokedAt, consent.revokedBy, consent.revocationReason, state);
    }
}
