package care.needlepoint.treatments.session.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a practitioner charts for one session. Bean validation checks each field; session.domain.SessionService checks
 * them against the course and the charting policies.
 */
@Schema(name = "SessionFields", description = "A session as charted by the practitioner who performed it.")
public record SessionFields(
        @Schema(description = "The appointment in scheduling-service this session was, if booked there.",
                nullable = true, example = "7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a")
        UUID appointmentId,

        @Schema(description = "When the procedure was performed: RFC 3339 with an offset; not in the future, not "
                + "before the course's previous session.", example = "2026-11-21T09:30:00Z")
        @NotNull
        OffsetDateTime performedAt,

        @Schema(description = "The treated areas, each once and each one of the course's areas.", minItems = 1,
                maxItems = 21)
        @NotNull @Size(min = 1, max = 21)
        List<@NotNull @Valid SessionAreaFields> areas,

        @Schema(description = "The anaesthetic applied, or null when none was.", nullable = true)
        @Valid
        SessionNumbingFields numbing,

        @Schema(description = "Serums applied; up to 10, each up to 120 characters. Absent means none.",
                maxItems = 10, example = "[\"Hyaluronic acid\"]")
        @Size(max = 10)
        List<@NotNull @Size(min = 1, max = 120) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                message = "must not be blank") String> serums,

        @Schema(description = "The immediate reaction observed.", nullable = true, maxLength = 1000,
                example = "Even erythema, settled to pink within 20 minutes.")
        @Size(max = 1000)
        String immediateReaction,

        @Schema(description = "Clinical notes.", nullable = true, maxLength = 4000,
                example = "Rolling scars on the left cheek responded well; plan 1.50 mm next time.")
        @Size(max = 4000)
        String notes,

        @Schema(description = "Whether the protocol's aftercare instructions were given to the client.",
                example = "true")
        @NotNull
        Boolean aftercareGiven,

        @Schema(description = "Codes of WARN findings (resolution ACKNOWLEDGE) the practitioner has considered and "
                + "accepts, e.g. contraindication.herpes-simplex-history. Each WARN finding must be listed.",
                maxItems = 20, example = "[\"contraindication.herpes-simplex-history\"]")
        @Size(max = 20)
        List<@NotNull @Size(min = 1, max = 80) String> acknowledgedWarnings,

        @Schema(description = "Overrides of overridable refusals, each with a written reason.", maxItems = 10)
        @Size(max = 10)
        List<@NotNull @Valid OverrideFields> overrides) {
}
