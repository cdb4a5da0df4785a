package care.needlepoint.treatments.protocol.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.NumbingPolicy;

/** Whether and how long a topical anaesthetic is applied before the procedure. */
@Schema(name = "Numbing", description = "Topical anaesthetic before the procedure. While it takes effect the client "
        + "occupies a room and the practitioner is free.")
public record Numbing(
        @Schema(description = "NONE: no anaesthetic; OPTIONAL: at the client's or practitioner's choice; REQUIRED: "
                + "always.", example = "REQUIRED")
        @NotNull
        NumbingPolicy policy,

        @Schema(description = "Minutes the anaesthetic must take effect before the procedure starts (typically 20 to "
                + "45). Required when policy is REQUIRED; must be left out when policy is NONE.", example = "30",
                minimum = "0", maximum = "60", nullable = true)
        @Min(0) @Max(60)
        Integer minimumDwellMinutes) {
}
