package care.needlepoint.clients.consent.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.consent.domain.ConsentMethod;

/** What a caller sends to record that a client consented to a document version. */
@Schema(name = "ConsentFields", description = "A client's consent to one consent-document version, as captured.")
public record ConsentFields(
        @Schema(description = "The consent document (one version of one kind) the client agreed to.",
                example = "9d2c7e1a-4f3b-4a6d-8e5c-1b0f2a3d4c5e")
        @NotNull
        UUID documentId,

        @Schema(description = "When the client signed or agreed: an RFC 3339 date-time with an offset. Not before "
                + "the document was published, and not more than 5 minutes (configurable) after the server's clock.",
                example = "2026-11-21T10:15:00+00:00")
        @NotNull
        OffsetDateTime signedAt,

        @Schema(description = "How the client gave the consent.", example = "HANDWRITTEN_SIGNATURE")
        @NotNull
        ConsentMethod method,

        @Schema(description = "Optional check that the client saw the published text: the SHA-256 (hex) of the text "
                + "the client signed. When given it must equal the document's textSha256 (case does not matter), "
                + "else 409 and nothing is recorded.",
                example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
                pattern = "^[0-9a-fA-F]{64}$", minLength = 64, maxLength = 64, nullable = true)
        @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a SHA-256 in hex: 64 characters 0-9 and a-f")
        String textSha256) {
}
