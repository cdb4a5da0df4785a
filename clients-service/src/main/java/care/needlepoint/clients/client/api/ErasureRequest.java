package care.needlepoint.clients.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureRequest", description = "Why the client is being erased.")
public record ErasureRequest(
        @Schema(description = "The reason, for the record: a reference to the request, not personal data.",
                example = "Erasure request by email, ticket 2026-114", maxLength = 500)
        @NotBlank @Size(max = 500)
        String reason) {
}
