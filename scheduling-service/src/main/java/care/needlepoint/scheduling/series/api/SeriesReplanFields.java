package care.needlepoint.scheduling.series.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesReplanFields", description = "A re-plan to apply in one transaction, all or nothing: each "
        + "listed session moves to its slot (a booked one keeps its appointment id) or, when its place has no "
        + "standing appointment (cancelled or missed), is booked again as a new appointment with the same sequence. "
        + "Typically the `apply` part of a proposal (proposeSeriesReplan, or the `replan` of a 409 from "
        + "moveSeriesSession).")
public record SeriesReplanFields(
        @Schema(description = "The sessions to place, 1 to 12, each sequence once.", minItems = 1, maxItems = 12)
        @NotNull @Size(min = 1, max = 12)
        List<@NotNull @Valid Session> sessions,

        @Schema(description = "Why (kept in the series' change history).", example = "Session 3 missed; rest moved",
                minLength = 1, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {

    @Schema(name = "SeriesReplanSessionFields", description = "Where one session goes.")
    public record Session(
            @Schema(description = "Which session (its seriesSequence).", example = "4", minimum = "1", maximum = "12")
            @NotNull @Min(1) @Max(12)
            Integer sequence,

            @Schema(description = "The start, RFC 3339 with an offset.", example = "2027-05-03T10:00:00+01:00")
            @NotNull
            OffsetDateTime startsAt,

            @Schema(description = "The practitioner.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @NotNull
            UUID practitionerId,

            @Schema(description = "The room; omit to keep the session's (or the missed session's) room.",
                    example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", nullable = true)
            UUID roomId) {
    }
}
