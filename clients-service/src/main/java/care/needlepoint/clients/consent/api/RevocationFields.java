package care.needlepoint.clients.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a client withdraws a consent. */
@Schema(name = "RevocationFields", description = "The revocation of a consent.")
public record RevocationFields(
        @Schema(description = "Why the consent is revoked, in the client's or the recorder's words; surrounding "
                + "white space is removed.", example = "Client withdrew consent to photographs by email on 21 November.",
                minLength = 1, maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
