package care.needlepoint.clients.export.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.audit.api.AuditEventView;
import care.needlepoint.clients.client.api.ClientView;
import care.needlepoint.clients.consent.api.ConsentView;
import care.needlepoint.clients.screening.api.ScreeningView;

@Schema(name = "ClientExport", description = "Everything clients-service holds about one client (right of access): "
        + "the record, every screening, every consent and the whole audit trail, oldest first.")
public record ClientExport(
        @Schema(description = "Version of this document's shape.", example = "1")
        int formatVersion,
        @Schema(description = "When the export was made (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
        Instant exportedAt,
        @Schema(description = "Token subject of the admin who made it.", example = "admin:ines", maxLength = 255)
        String exportedBy,
        @Schema(description = "The client record.")
        ClientView client,
        @Schema(description = "Every screening, oldest first.", maxItems = 100000)
        List<ScreeningView> screenings,
        @Schema(description = "Every consent, oldest first, with its state.", maxItems = 100000)
        List<ConsentView> consents,
        @Schema(description = "The audit trail, oldest first; this export itself is its last entry.",
                maxItems = 10000000)
        List<AuditEventView> auditEvents) {

    public static final int FORMAT_VERSION = 1;
}
