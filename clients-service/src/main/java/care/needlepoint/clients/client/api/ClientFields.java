package care.needlepoint.clients.client.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.platform.validation.IanaTimeZone;

/** What a caller sends to create or replace a client. */
@Schema(name = "ClientFields", description = "The fields of a client that callers set.")
public record ClientFields(
        @Schema(description = "Given (first) name.", example = "Amelia", maxLength = 100)
        @NotBlank @Size(max = 100)
        String givenName,

        @Schema(description = "Family (last) name.", example = "Okafor", maxLength = 100)
        @NotBlank @Size(max = 100)
        String familyName,

        @Schema(description = "The name the client likes to be called, if not the given name.", example = "Millie",
                maxLength = 100, nullable = true)
        @Size(max = 100)
        String preferredName,

        @Schema(description = "Date of birth (YYYY-MM-DD), in the past.", example = "1988-04-17")
        @NotNull @Past
        LocalDate dateOfBirth,

        @Schema(description = "Email address.", example = "amelia.okafor@example.com", maxLength = 254,
                nullable = true)
        @Email @Size(max = 254)
        String email,

        @Schema(description = "Mobile or landline number in E.164 form: +, country code, number, no spaces.",
                example = "+447700900123", pattern = "^\\+[1-9][0-9]{6,14}$", nullable = true)
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +447700900123")
        String phone,

        @Schema(description = "The client's IANA time zone, used for reminders in their local time.",
                example = "Europe/London", maxLength = 64)
        @NotBlank @IanaTimeZone
        String timeZone) {
}
