package care.needlepoint.treatments.protocol.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The needle lengths a protocol works within, in millimetres; the same shape in requests and responses. */
@Schema(name = "NeedleDepthRange", description = "Needle lengths in millimetres, from 0.20 to 3.00 with at most two "
        + "decimal places; min must not exceed max. A HOME protocol stays at or below 0.50 mm.")
public record NeedleDepthRange(
        @Schema(description = "Shortest needle length the protocol uses, in mm.", example = "1.00", minimum = "0.20",
                maximum = "3.00", multipleOf = 0.01)
        @NotNull @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal min,

        @Schema(description = "Longest needle length the protocol uses, in mm; at least min.", example = "2.00",
                minimum = "0.20", maximum = "3.00", multipleOf = 0.01)
        @NotNull @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal max) {
}
