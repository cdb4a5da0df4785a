package care.needlepoint.treatments.protocol.api;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.HomeStep;

/** One step of a home programme's depth progression; the same shape in requests and responses. */
@Schema(name = "HomeProgressionStep", description = "One step of a HOME protocol's depth progression: the needle "
        + "length, how often it is used, and how long at least before the next step. Steps get strictly deeper; "
        + "a step deeper than 0.50 mm requires a practitioner's approval; no step exceeds 0.75 mm (home needling "
        + "never reaches 1.00 mm) or leaves the protocol's depth limits.")
public record HomeStepFields(
        @Schema(description = "Needle length of this step, in mm.", example = "0.25", minimum = "0.20",
                maximum = "0.75", multipleOf = 0.01)
        @NotNull @DecimalMin("0.20")
        @DecimalMax(value = "0.75", message = "must be at most 0.75: home needling stays at or below 0.75 mm and "
                + "never reaches 1.00 mm")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal depthMm,

        @Schema(description = "How often the device is used at this step.")
        @NotNull @Valid
        UseIntervalDays intervalDays,

        @Schema(description = "Weeks at least at this step before moving to the next; left out on the last step.",
                example = "4", minimum = "1", maximum = "52", nullable = true)
        @Min(1) @Max(52)
        Integer minWeeksBeforeNextStep,

        @Schema(description = "Whether the client needs a practitioner's approval before using this step; must be "
                + "true for steps deeper than 0.50 mm.", example = "false")
        @NotNull
        Boolean requiresPractitionerApproval) {

    static HomeStepFields of(HomeStep step) {
        return new HomeStepFields(step.depthMm(),
                new UseIntervalDays(step.intervalDays().min(), step.intervalDays().max()),
                step.minWeeksBeforeNextStep(), step.requiresPractitionerApproval());
    }
}
