package care.needlepoint.clients.client.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MarketingOptIns", description = "The client's marketing choices and when each was last changed.")
public record MarketingOptIns(
        @Schema(description = "Opted in to marketing by email.", example = "true")
        boolean email,
        @Schema(description = "When the email choice was recorded or last changed (RFC 3339, UTC).",
                example = "2026-11-21T09:30:00Z", readOnly = true)
        Instant emailChangedAt,
        @Schema(description = "Opted in to marketing by SMS.", example = "false")
        boolean sms,
        @Schema(description = "When the SMS choice was recorded or last changed (RFC 3339, UTC).",
                example = "2026-11-21T09:30:00Z", readOnly = true)
        Instant smsChangedAt) {
}
