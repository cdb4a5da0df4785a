package care.needlepoint.clients.consent.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.consent.domain.ConsentKind;
import care.needlepoint.clients.consent.persistence.ConsentDocumentEntity;

/** A consent document in a list: everything but the text, which can be 100,000 characters long. */
@Schema(name = "ConsentDocumentSummary", description = "A published consent document without its text; read the "
        + "document by id for the text.")
public record ConsentDocumentSummary(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "9d2c7e1a-4f3b-4a6d-8e5c-1b0f2a3d4c5e")
        UUID id,
        @Schema(description = "What the document asks the client to agree to.", example = "MICRONEEDLING_TREATMENT")
        ConsentKind kind,
        @Schema(description = "Version within its kind: 1, 2, 3, ...", readOnly = true, example = "2", minimum = "1")
        int version,
        @Schema(description = "Whether this is the current (highest) version of its kind, at the time of reading.",
                readOnly = true, example = "true")
        boolean current,
        @Schema(description = "Title shown to staff and client.", example = "Consent to microneedling treatment",
                maxLength = 200)
        String title,
        @Schema(description = "SHA-256 of the text's UTF-8 bytes, in lower-case hex.", readOnly = true,
                example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
                pattern = "^[0-9a-f]{64}$", minLength = 64, maxLength = 64)
        String textSha256,
        @Schema(description = "When it was published (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant publishedAt,
        @Schema(description = "Token subject of the administrator who published it.", readOnly = true,
                example = "admin:noor.haddad", maxLength = 255)
        String publishedBy) {

    public static ConsentDocumentSummary of(ConsentDocumentEntity document, boolean current) {
        return new ConsentDocumentSummary(document.id, document.kind, document.version, current, document.title,
                document.textSha256, document.publishedAt, document.publishedBy);
    }
}
