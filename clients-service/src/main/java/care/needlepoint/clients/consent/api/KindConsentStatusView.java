package care.needlepoint.clients.consent.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.consent.domain.ConsentKind;
import care.needlepoint.clients.consent.domain.ConsentStatusPolicy.KindStatus;
import care.needlepoint.clients.consent.domain.KindConsentState;

/** Where a client stands with one kind of consent. */
@Schema(name = "KindConsentStatus", description = "Where a client stands with one kind of consent. The state comes "
        + "from the deciding consent: the client's newest consent (by signedAt) to the kind's current version, or, "
        + "when there is none, the client's newest consent of the kind.")
public record KindConsentStatusView(
        @Schema(description = "The consent kind.", example = "MICRONEEDLING_TREATMENT")
        ConsentKind kind,
        @Schema(description = "VALID: the deciding consent is to the current version and stands. OUTDATED: it is to "
                + "an older version; the client must consent to the current one. REVOKED: the client revoked it. "
                + "MISSING: the client never consented to this kind. NO_DOCUMENT: no document of this kind has been "
                + "published.", example = "VALID")
        KindConsentState state,
        @Schema(description = "The kind's current document; null when NO_DOCUMENT.",
                example = "9d2c7e1a-4f3b-4a6d-8e5c-1b0f2a3d4c5e", nullable = true)
        UUID currentDocumentId,
        @Schema(description = "The kind's current version; null when NO_DOCUMENT.", example = "2", minimum = "1",
                nullable = true)
        Integer currentVersion,
        @Schema(description = "The deciding consent; null when MISSING or NO_DOCUMENT.",
                example = "5e8a1c3f-2b7d-4f6e-9a0c-3d1b5f7e9a2c", nullable = true)
        UUID consentId,
        @Schema(description = "The version the deciding consent is to; null when MISSING or NO_DOCUMENT.",
                example = "2", minimum = "1", nullable = true)
        Integer consentedVersion,
        @Schema(description = "When the deciding consent was signed (RFC 3339, UTC); null when MISSING or "
                + "NO_DOCUMENT.", example = "2026-11-21T10:15:00Z", nullable = true)
        Instant signedAt) {

    public static KindConsentStatusView of(KindStatus status) {
        return new KindConsentStatusView(status.kind(), status.state(),
                status.current() == null ? null : status.current().id(),
                status.current() == null ? null : status.current().version(),
                status.deciding() == null ? null : status.deciding().id(),
                status.deciding() == null ? null : status.deciding().documentVersion(),
                status.deciding() == null ? null : status.deciding().signedAt());
    }
}
