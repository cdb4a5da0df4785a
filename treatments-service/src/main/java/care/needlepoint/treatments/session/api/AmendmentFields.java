package care.needlepoint.treatments.session.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A correction of a charted session. Only the fields that do not decide whether the session was allowed may be
 * amended; a wrong depth or area is recorded in the notes of an amendment and, where it matters, the next session's
 * progression starts from what was charted.
 */
@Schema(name = "SessionAmendmentFields", description = "A correction: the reason, and the new value of each field "
        + "to change (absent or null leaves a field as it is). The original stays readable.")
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
        Boolean aftercareGiven) {
}
