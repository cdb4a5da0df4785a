package care.needlepoint.clients.client.api;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.client.domain.ContactChannel;
import care.needlepoint.clients.client.domain.SkinConcern;
import care.needlepoint.clients.client.domain.SkinType;
import care.needlepoint.clients.platform.validation.IanaTimeZone;

/**
 * What a caller sends to create a client or replace its fields. A replacement is whole: an optional field left out
 * is cleared (marketing opt-ins left out become "not opted in").
 */
@Schema(name = "ClientFields", description = "The fields of a client that callers set. Updates replace them all.")
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

        @Schema(description = "Date of birth (YYYY-MM-DD): in the past, and at most 130 years ago.",
                example = "1988-04-17")
        @NotNull @Past
        LocalDate dateOfBirth,

        @Schema(description = "Email address.", example = "amelia.okafor@example.com", maxLength = 254,
                nullable = true)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address such as name@example.com")
        @Size(max = 254)
        String email,

        @Schema(description = "Mobile or landline number in E.164 form: +, country code, number, no spaces.",
                example = "+447700900123", pattern = "^\\+[1-9][0-9]{6,14}$", maxLength = 16, nullable = true)
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +447700900123")
        String phone,

        @Schema(description = "Postal address, if known.", nullable = true)
        @Valid
        PostalAddress postalAddress,

        @Schema(description = "The client's IANA time zone, used for reminders in their local time.",
                example = "Europe/London", maxLength = 64)
        @NotBlank @IanaTimeZone
        String timeZone,

        @Schema(description = "How the client prefers to be contacted; the matching detail (email, phone or postal "
                + "address) must be present.", example = "SMS", nullable = true)
        ContactChannel preferredContactChannel,

        @Schema(description = "Marketing opt-ins per channel; left out means not opted in to any.", nullable = true)
        @Valid
        MarketingChoices marketingOptIns,

        @Schema(description = "Fitzpatrick skin type I–VI, once assessed.", example = "III", nullable = true)
        SkinType skinType,

        @Schema(description = "Why the client comes to the clinic (docs/domain.md, skin concerns).",
                example = "[\"ACNE_SCARS\", \"TEXTURE\"]", maxItems = 20, nullable = true)
        @Size(max = 20)
        Set<@NotNull SkinConcern> skinConcerns,

        @Schema(description = "Free-text notes about the client (not clinical findings: those belong in screenings "
                + "and session charts). Cleared by erasure.", example = "Prefers morning appointments.",
                maxLength = 2000, nullable = true)
        @Size(max = 2000)
        String notes) {
}
