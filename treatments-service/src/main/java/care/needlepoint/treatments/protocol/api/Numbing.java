package care.needlepoint.treatments.protocol.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.NumbingPlan;
import care.needlepoint.treatments.protocol.domain.NumbingPolicy;

/** Whether, with what and how long a topical anaesthetic is applied before the procedure. */
@Schema(name = "Numbing", description = "Topical anaesthetic before the procedure. While it takes effect the client "
        + "occupies a room and the practitioner is free, so scheduling books minimumDwellMinutes of room time before "
        + "procedureMinutes. With NONE, leave out requiredAboveDepthMm, agent and minimumDwellMinutes; with OPTIONAL "
        + "give agent and minimumDwellMinutes; with REQUIRED_ABOVE_DEPTH also requiredAboveDepthMm.")
public record Numbing(
        @Schema(description = "NONE: no anaesthetic; OPTIONAL: at the client's or practitioner's choice; "
                + "REQUIRED_ABOVE_DEPTH: required when a session goes deeper than requiredAboveDepthMm, optional at "
                + "or below it.", example = "REQUIRED_ABOVE_DEPTH")
        @NotNull
        NumbingPolicy policy,

        @Schema(description = "With REQUIRED_ABOVE_DEPTH only: numbing is required for sessions deeper than this, in "
                + "mm; below the protocol's deepest depth limit (otherwise it would never apply).", example = "1.00",
                minimum = "0.20", maximum = "3.00", multipleOf = 0.01, nullable = true)
        @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal requiredAboveDepthMm,

        @Schema(description = "The anaesthetic used; required unless policy is NONE.",
                example = "Lidocaine 5% cream under occlusion", maxLength = 120, pattern = "\\S", nullable = true)
        @Size(max = 120) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String agent,

        @Schema(description = "Minutes the anaesthetic must take effect before the procedure starts: typically 20 "
                + "to 45, up to 60 under occlusion. Required unless policy is NONE.", example = "30", minimum = "10",
                maximum = "60", nullable = true)
        @Min(10) @Max(60)
        Integer minimumDwellMinutes) {

    static Numbing of(NumbingPlan plan) {
        return new Numbing(plan.policy(), plan.requiredAboveDepthMm(), plan.agent(), plan.minimumDwellMinutes());
    }
}
