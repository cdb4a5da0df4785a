package care.needlepoint.clients.screening.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.screening.domain.ClientScreeningState;

/** Whether a client has a current screening, without any of its answers: what the front desk may see. */
@Schema(name = "ScreeningStatus", description = "Whether the client has a current contraindication screening. Carries "
        + "no answers.")
public record ScreeningStatusView(
        @Schema(description = "The client.", readOnly = true, example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "CURRENT: the newest screening is before its expiry. EXPIRED: the newest screening has "
                + "expired; screen the client again. MISSING: no screening was ever recorded.", readOnly = true,
                example = "CURRENT")
        ClientScreeningState state,
        @Schema(description = "The newest screening; null when MISSING.", readOnly = true, nullable = true,
                example = "0a6f3c2e-1b4d-4e8f-9c7a-5d2e1f3b4a6c")
        UUID screeningId,
        @Schema(description = "When the newest screening was recorded (RFC 3339, UTC); null when MISSING.",
                readOnly = true, nullable = true, example = "2026-11-21T09:30:00Z")
        Instant recordedAt,
        @Schema(description = "When the newest screening stops (or stopped) being current (RFC 3339, UTC); null when "
                + "MISSING.", readOnly = true, nullable = true, example = "2027-02-19T09:30:00Z")
        Instant expiresAt) {
}
