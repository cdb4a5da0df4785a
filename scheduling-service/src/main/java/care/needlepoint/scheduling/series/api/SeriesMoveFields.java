package care.needlepoint.scheduling.series.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesMoveFields", description = "Move one booked session of a series to a new time, keeping the "
        + "protocol's spacing to the sessions before and after it.")
public record SeriesMoveFields(
        @Schema(description = "Which session (its seriesSequence).", example = "3", minimum = "1", maximum = "12")
        @NotNull @Min(1) @Max(12)
        Integer sequence,

        @Schema(description = "The new start, RFC 3339 with an offset.", example = "2027-04-05T10:00:00+01:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "Another practitioner; omit to keep the session's.",
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a", nullable = true)
        UUID practitionerId,

        @Schema(description = "Another room; omit to keep the session's.", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                nullable = true)
        UUID roomId,

        @Schema(description = "Why it moves (kept in the series' change history).", example = "Client is travelling",
                minLength = 1, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
