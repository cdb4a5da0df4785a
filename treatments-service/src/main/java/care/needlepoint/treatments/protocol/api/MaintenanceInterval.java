package care.needlepoint.treatments.protocol.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a maintenance session is due after a completed course. */
@Schema(name = "MaintenanceInterval", description = "Months after a completed course until a maintenance session, "
        + "from 1 to 36; min <= max. Typically 6 to 12.")
public record MaintenanceInterval(
        @Schema(description = "Earliest month after the course.", example = "6", minimum = "1", maximum = "36")
        @NotNull @Min(1) @Max(36)
        Integer min,

        @Schema(description = "Latest month after the course; at least min.", example = "12", minimum = "1",
                maximum = "36")
        @NotNull @Min(1) @Max(36)
        Integer max) {
}
