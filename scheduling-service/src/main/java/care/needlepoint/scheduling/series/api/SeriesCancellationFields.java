package care.needlepoint.scheduling.series.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.series.domain.CancellationScope;

@Schema(name = "SeriesCancellationFields", description = "Cancel one session, it and the following ones, or every "
        + "session still booked. Completed, checked-in and missed sessions are never touched.")
public record SeriesCancellationFields(
        @Schema(description = "The session the cancellation starts at (its seriesSequence); required for THIS and "
                + "THIS_AND_FOLLOWING, not allowed with ALL_REMAINING.", example = "3", minimum = "1", maximum = "12",
                nullable = true)
        @Min(1) @Max(12)
        Integer sequence,

        @Schema(description = "THIS (only that session), THIS_AND_FOLLOWING (it and every later booked session) or "
                + "ALL_REMAINING (every booked session).", example = "THIS_AND_FOLLOWING")
        @NotNull
        CancellationScope scope,

        @Schema(description = "The reason, as the client or clinic gave it.", example = "Client is moving away",
                minLength = 1, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
