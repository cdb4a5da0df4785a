package care.needlepoint.clients.consent.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a client stands with every kind of consent. */
@Schema(name = "ConsentStatus", description = "Where a client stands with every kind of consent, one entry per kind.")
public record ConsentStatusView(
        @Schema(description = "The client.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "One entry per consent kind, in the order MICRONEEDLING_TREATMENT, PHOTOGRAPHY, "
                + "MARKETING (kinds added later are appended).", minItems = 3)
        List<KindConsentStatusView> kinds) {
}
