package care.needlepoint.treatments.protocol.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many sessions a course of the protocol has. The JSON name {@code default} is a Java keyword, so the component
 * has another name; violations still name it {@code sessions.default} (platform.validation.JsonFieldNames).
 */
@Schema(name = "SessionCount", description = "Sessions in a course of this protocol, from 1 to 12; "
        + "min <= default <= max.")
public record SessionCount(
        @JsonProperty("default")
        @Schema(description = "Sessions a course plans unless the practitioner decides otherwise; from min to max.",
                example = "4", minimum = "1", maximum = "12", required = true)
        @NotNull @Min(1) @Max(12)
        Integer defaultCount,

        @Schema(description = "Fewest sessions a course may have.", example = "3", minimum = "1", maximum = "12")
        @NotNull @Min(1) @Max(12)
        Integer min,

        @Schema(description = "Most sessions a course may have; at least min.", example = "6", minimum = "1",
                maximum = "12")
        @NotNull @Min(1) @Max(12)
        Integer max) {
}
