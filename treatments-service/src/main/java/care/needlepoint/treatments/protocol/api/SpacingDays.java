package care.needlepoint.treatments.protocol.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far apart the sessions of a course are: a range, so that a booking can move within it. */
@Schema(name = "SpacingDays", description = "Days from one session to the next, from 1 to 365; min <= max. "
        + "Clinics usually space sessions 28 to 42 days apart.")
public record SpacingDays(
        @Schema(description = "Fewest days after the previous session.", example = "28", minimum = "1",
                maximum = "365")
        @NotNull @Min(1) @Max(365)
        Integer min,

        @Schema(description = "Most days after the previous session; at least min.", example = "42", minimum = "1",
                maximum = "365")
        @NotNull @Min(1) @Max(365)
        Integer max) {
}
