package care.needlepoint.scheduling.appointment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Override", description = "Admin only: book even though the time collides with other appointments or "
        + "lies outside working hours. The reason and what it collided with are audited. Clinical checks (client, "
        + "consent, eligibility) are never overridden.")
public record OverrideFields(
        @Schema(description = "Why the clinic books over the conflict.", example = "Two-practitioner session agreed "
                + "with both", maxLength = 500, minLength = 1)
        @NotBlank @Size(max = 500)
        String reason) {
}
