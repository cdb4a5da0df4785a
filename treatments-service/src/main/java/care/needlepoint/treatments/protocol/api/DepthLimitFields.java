package care.needlepoint.treatments.protocol.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;
import care.needlepoint.treatments.protocol.domain.DepthLimit;

/** The needle lengths allowed on one area with one device; the same shape in requests and responses. */
@Schema(name = "DepthLimit", description = "The needle lengths a protocol allows on one treatment area with one "
        + "device type, in millimetres from 0.20 to 3.00 with at most two decimal places; minMm <= maxMm. At most one "
        + "limit per area and device; every treatment area has at least one. A HOME protocol stays at or below "
        + "0.75 mm (never 1.00 mm or more).")
public record DepthLimitFields(
        @Schema(description = "Body area (docs/domain.md body-area); one of the protocol's treatmentAreas.",
                example = "CHEEKS")
        @NotNull
        BodyArea area,

        @Schema(description = "Device type (docs/domain.md device-type): ROLLER, STAMP or PEN.", example = "PEN")
        @NotNull
        DeviceType deviceType,

        @Schema(description = "Shortest needle length allowed here, in mm.", example = "1.00", minimum = "0.20",
                maximum = "3.00", multipleOf = 0.01)
        @NotNull @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal minMm,

        @Schema(description = "Longest needle length allowed here, in mm; at least minMm.", example = "2.00",
                minimum = "0.20", maximum = "3.00", multipleOf = 0.01)
        @NotNull @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal maxMm) {

    static DepthLimitFields of(DepthLimit limit) {
        return new DepthLimitFields(limit.area(), limit.deviceType(), limit.minMm(), limit.maxMm());
    }
}
