package care.needlepoint.treatments.session.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.BodyArea;

/** A practitioner's override of an overridable refusal; the same shape in requests and responses. */
@Schema(name = "SessionOverride", description = "Goes ahead despite an overridable refusal (resolution OVERRIDE in a "
        + "422's reasons): depth-out-of-range, depth-step-exceeded, home-depth-needs-approval (the override is the "
        + "practitioner's approval), numbing-required, numbing-dwell-too-short, as far as the course's protocol "
        + "version lists them in overridableRefusals. Stored with the session and its "
        + "practitioner and time. Never possible for home-depth-never, no-depth-limit, screening-missing, "
        + "screening-expired, consent-missing, client-not-bookable or a BLOCK contraindication.")
public record OverrideFields(
        @Schema(description = "The refusal's code.", example = "depth-step-exceeded", maxLength = 64,
                pattern = "^[a-z]+(-[a-z]+)*$")
        @NotNull @Size(max = 64)
        String code,

        @Schema(description = "The area the refusal is about; null covers the code on every area.",
                nullable = true, example = "CHEEKS")
        BodyArea area,

        @Schema(description = "Why, in the practitioner's words (10 to 1,000 characters).",
                example = "Scar tissue tolerated 1.25 mm well last time; client informed and agreed.", minLength = 10,
                maxLength = 1000)
        @NotNull @Size(min = 10, max = 1000)
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String reason) {
}
