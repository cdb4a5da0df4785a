package care.needlepoint.treatments.session.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A correction of a charted session. Corrected per-area values (depth, device, ...) must pass the charting policies
 * again, so an amendment may carry overrides like a charting does; which areas were treated, the numbing and the
 * session's own overrides and acknowledgements stay as charted.
 */
@Schema(name = "SessionAmendmentFields", description = "A correction: the reason, and the new value of each field "
        + "to change (absent or null leaves a field as it is). Corrected areas are judged again by the depth and "
        + "numbing policies against the depths before this session; a refusal is a 422 and stores nothing. The "
        + "original stays readable.")
public record AmendmentFields(
        @Schema(description = "Why the record is corrected.", example = "Serum recorded against the wrong session.",
                minLength = 5, maxLength = 1000)
        @NotNull @Size(min = 5, max = 1000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String reason,

        @Schema(description = "New appointment id.", nullable = true, example = "7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a")
        UUID appointmentId,

        @Schema(description = "New list of serums.", nullable = true, maxItems = 10,
                example = "[\"Hyaluronic acid\", \"Growth factor serum\"]")
        @Size(max = 10)
        List<@NotNull @Size(min = 1, max = 120) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                message = "must not be blank") String> serums,

        @Schema(description = "New immediate reaction.", nullable = true, maxLength = 1000,
                example = "Erythema settled within the hour.")
        @Size(max = 1000)
        String immediateReaction,

        @Schema(description = "New notes.", nullable = true, maxLength = 4000,
                example = "Correction: 3 passes on the forehead, not 2.")
        @Size(max = 4000)
        String notes,

        @Schema(description = "New value of aftercareGiven.", nullable = true, example = "true")
        Boolean aftercareGiven,

        @Schema(description = "Corrected values of treated areas: each entry gives all of one area's values as they "
                + "should have been charted; each area once and one the session treated; areas not listed stay as "
                + "they are. The corrected session must pass depthRange, depthStep (against the depths before this "
                + "session), home-depth and numbing rules again.", nullable = true, minItems = 1, maxItems = 21,
                example = "[{\"area\": \"CHEEKS\", \"deviceType\": \"PEN\", \"depthMm\": 1.25, "
                        + "\"needleConfiguration\": \"12-pin nano cartridge\", \"passes\": 3, "
                        + "\"directions\": [\"HORIZONTAL\", \"VERTICAL\"], \"endpoint\": \"ERYTHEMA\"}]")
        @Size(min = 1, max = 21)
        List<@NotNull @Valid SessionAreaFields> areas,

        @Schema(description = "Overrides of overridable refusals of the corrected areas, each with a written "
                + "reason; only with areas. The session's own overrides still stand for the refusals they named; "
                + "these are stored with the amendment.", nullable = true, maxItems = 10)
        @Size(max = 10)
        List<@NotNull @Valid OverrideFields> overrides) {
}
