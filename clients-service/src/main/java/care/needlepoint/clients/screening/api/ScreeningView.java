package care.needlepoint.clients.screening.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.screening.domain.ScreeningState;

/** A recorded screening as the API shows it, with where it stands at the moment it is read. */
@Schema(name = "Screening", description = "A contraindication screening recorded for a client. Screenings are never "
        + "changed: a correction is a new screening.")
public record ScreeningView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "0a6f3c2e-1b4d-4e8f-9c7a-5d2e1f3b4a6c")
        UUID id,
        @Schema(description = "The client screened.", readOnly = true, example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "Version of the questionnaire the answers follow (docs/domain.md).", readOnly = true,
                example = "1", minimum = "1", maximum = "32767")
        int questionnaireVersion,
        @Schema(description = "The answers as recorded.")
        ScreeningAnswers answers,
        @Schema(description = "When it was recorded, by the server's clock (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant recordedAt,
        @Schema(description = "Token subject of the practitioner or administrator who recorded it.", readOnly = true,
                example = "practitioner:ines.moreau", maxLength = 255)
        String recordedBy,
        @Schema(description = "When it stops (or stopped) being current: recordedAt plus the clinic's validity "
                + "period, as configured when read (RFC 3339, UTC).", readOnly = true,
                example = "2027-02-19T09:30:00Z")
        Instant expiresAt,
        @Schema(description = "Where it stands now. CURRENT: the newest, before expiresAt. EXPIRED: the newest, at or "
                + "after expiresAt. SUPERSEDED: a newer screening was recorded since.", readOnly = true,
                example = "CURRENT")
        ScreeningState state) {
}
