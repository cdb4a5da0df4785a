package care.needlepoint.scheduling.appointment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancellationFields", description = "Why an appointment is cancelled.")
public record CancellationFields(
        @Schema(description = "The reason, as the client or clinic gave it.", example = "Client is unwell",
                minLength = 1, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
