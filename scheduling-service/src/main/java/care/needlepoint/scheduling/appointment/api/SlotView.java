package care.needlepoint.scheduling.appointment.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Slot", description = "A free start time: book it by sending startsAt, practitionerId and roomId. Times "
        + "are in the clinic's offset on that date (so 10:00 reads 10:00 on both sides of a DST change).")
public record SlotView(
        @Schema(description = "Client arrives (numbing starts), in the clinic's offset.",
                example = "2026-03-30T10:00:00+01:00")
        OffsetDateTime startsAt,
        @Schema(description = "The procedure starts, in the clinic's offset.", example = "2026-03-30T10:30:00+01:00")
        OffsetDateTime procedureStartsAt,
        @Schema(description = "The procedure ends, in the clinic's offset.", example = "2026-03-30T11:15:00+01:00")
        OffsetDateTime endsAt,
        @Schema(description = "The practitioner.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID practitionerId,
        @Schema(description = "A free room, or null for a plain appointment without room.", nullable = true,
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID roomId) {
}
