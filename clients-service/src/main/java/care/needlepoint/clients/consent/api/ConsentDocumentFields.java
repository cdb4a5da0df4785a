package care.needlepoint.clients.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.consent.domain.ConsentKind;

/** What an administrator sends to publish a new version of a consent document. */
@Schema(name = "ConsentDocumentFields", description = "A new version of a consent document: the server numbers it "
        + "within its kind and computes the SHA-256 of its text.")
public record ConsentDocumentFields(
        @Schema(description = "What the document asks the client to agree to.", example = "MICRONEEDLING_TREATMENT")
        @NotNull
        ConsentKind kind,

        @Schema(description = "Title shown to staff and client; surrounding white space is removed.",
                example = "Consent to microneedling treatment", minLength = 1, maxLength = 200)
        @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "The full text the client agrees to, stored exactly as sent (white space and line "
                + "breaks included, since its SHA-256 identifies it). Up to 100,000 characters, within the API's "
                + "body limit of 256 KiB.",
                example = "I understand that microneedling creates controlled micro-injuries to the skin. "
                        + "I have disclosed my medical history, medicines and allergies ...",
                minLength = 1, maxLength = 100_000)
        @NotBlank @Size(max = 100_000)
        String text) {
}
