package care.needlepoint.treatments.session.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;
import care.needlepoint.treatments.session.domain.Direction;
import care.needlepoint.treatments.session.domain.Endpoint;

/** What was done on one treated area; the same shape in requests and responses. */
@Schema(name = "SessionArea", description = "One treated area of a session: device, needle depth, needle "
        + "configuration, passes, directions and the endpoint reached.")
public record SessionAreaFields(
        @Schema(description = "Body area (docs/domain.md body-area); one of the course's treated areas.",
                example = "CHEEKS")
        @NotNull
        BodyArea area,

        @Schema(description = "Device type (docs/domain.md device-type).", example = "PEN")
        @NotNull
        DeviceType deviceType,

        @Schema(description = "Needle depth used, in mm with at most two decimal places. Must lie in the protocol's "
                + "limit for the area and device and at most needlepoint.charting.max-depth-step (0.25 mm) above the "
                + "previous session's depth there, unless overridden.", example = "1.25", minimum = "0.20",
                maximum = "3.00", multipleOf = 0.01)
        @NotNull @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal depthMm,

        @Schema(description = "Needle cartridge or head as used.", example = "12-pin nano cartridge", maxLength = 80,
                pattern = "\\S")
        @NotNull @Size(max = 80) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String needleConfiguration,

        @Schema(description = "Number of passes over the area.", example = "3", minimum = "1", maximum = "20")
        @NotNull @Min(1) @Max(20)
        Integer passes,

        @Schema(description = "Directions of the passes, each once.", minItems = 1, maxItems = 3,
                example = "[\"HORIZONTAL\", \"VERTICAL\", \"DIAGONAL\"]")
        @NotNull @Size(min = 1, max = 3)
        List<@NotNull Direction> directions,

        @Schema(description = "The endpoint reached.", example = "PINPOINT_BLEEDING")
        @NotNull
        Endpoint endpoint) {
}
