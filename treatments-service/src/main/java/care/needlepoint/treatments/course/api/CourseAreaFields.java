package care.needlepoint.treatments.course.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/** A treated area of a course with its starting device and depth; the same shape in requests and responses. */
@Schema(name = "CourseArea", description = "A treated area: one of the protocol's treatment areas, the device type "
        + "the course starts with there (the protocol must have a depth limit for the area and device), and the "
        + "starting needle depth within that limit (a HOME course starts at or below 0.50 mm).")
public record CourseAreaFields(
        @Schema(description = "Body area (docs/domain.md body-area).", example = "CHEEKS")
        @NotNull
        BodyArea area,

        @Schema(description = "Device type (docs/domain.md device-type).", example = "PEN")
        @NotNull
        DeviceType deviceType,

        @Schema(description = "Needle depth of the first session, in mm, two decimal places at most.",
                example = "1.00", minimum = "0.20", maximum = "3.00", multipleOf = 0.01)
        @NotNull @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal startingDepthMm) {
}
