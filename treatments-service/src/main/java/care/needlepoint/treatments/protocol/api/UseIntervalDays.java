package care.needlepoint.treatments.protocol.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a home device is used at one step of the progression. */
@Schema(name = "UseIntervalDays", description = "Days from one home use to the next, from 1 to 60; min <= max. "
        + "2 to 3 times a week is 2 to 4 days; every 2 to 4 weeks is 14 to 28 days.")
public record UseIntervalDays(
        @Schema(description = "Fewest days after the previous use.", example = "2", minimum = "1", maximum = "60")
        @NotNull @Min(1) @Max(60)
        Integer min,

        @Schema(description = "Most days after the previous use; at least min.", example = "4", minimum = "1",
                maximum = "60")
        @NotNull @Min(1) @Max(60)
        Integer max) {
}
