package care.needlepoint.scheduling.practitioner.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends to create a practitioner. */
@Schema(name = "PractitionerFields", description = "The fields of a practitioner that callers set.")
public record PractitionerFields(
        @Schema(description = "The name clients and colleagues see in the calendar.", example = "Dr Inês Duarte",
                maxLength = 120)
        @NotBlank @Size(max = 120)
        String displayName,

        @Schema(description = "The subject (`sub` claim) of the tokens this practitioner logs in with, exactly as the "
                + "identity provider issues it. Unique among practitioners.",
                example = "0b6e3f4a-2c1d-4e5f-8a9b-7c6d5e4f3a2b", minLength = 1, maxLength = 255,
                pattern = "^[\\x21-\\x7E]+$")
        @NotNull @Size(max = 255)
        @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be visible ASCII characters without spaces")
        String subject,

        @Schema(description = "Work email address.", example = "ines.duarte@example.com", maxLength = 254,
                nullable = true)
        @Email @Size(max = 254)
        String email,

        @Schema(description = "Only active practitioners can be booked. Required: there is no default.",
                example = "true")
        @NotNull
        Boolean active) {
}
