package care.needlepoint.treatments.eligibility.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.eligibility.domain.EligibilityOutcome;
import care.needlepoint.treatments.eligibility.domain.EligibilityService.Eligibility;

@Schema(name = "Eligibility", description = "Whether a client may be booked for (and treated with) a protocol: OK, "
        + "WARN (allowed once a practitioner has acknowledged every warning) or BLOCK, with every finding.")
public record EligibilityView(
        @Schema(description = "The client's id (clients-service).", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        UUID protocolId,
        @Schema(description = "The protocol version judged against: the current one.", example = "2", minimum = "1")
        int protocolVersion,
        @Schema(description = "BLOCK if any finding blocks, WARN if any warns, otherwise OK.", example = "WARN")
        EligibilityOutcome outcome,
        @Schema(description = "Every finding: the client's status, screening and consent first, then the "
                + "contraindication rules that apply, in the protocol's rule order. Empty when OK.", maxItems = 18)
        List<FindingView> findings,
        @Schema(description = "When the check was made (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
        Instant checkedAt) {

    public static EligibilityView of(Eligibility eligibility) {
        return new EligibilityView(eligibility.clientId(), eligibility.protocol().protocolId(),
                eligibility.protocol().version(), eligibility.outcome(),
                eligibility.findings().stream().map(FindingView::of).toList(), eligibility.checkedAt());
    }
}
