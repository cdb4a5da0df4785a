package care.needlepoint.treatments.eligibility.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.eligibility.domain.EligibilityFinding;
import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;

@Schema(name = "EligibilityFinding", description = "One reason a client may not (BLOCK), or may only with an "
        + "acknowledgement (WARN), have the protocol.")
public record FindingView(
        @Schema(description = "The screening item (docs/domain.md screening-item) the finding is about; null for the "
                + "client's status, a missing or expired screening, or a missing consent.", nullable = true,
                example = "PREGNANT_OR_BREASTFEEDING")
        ScreeningItem item,
        @Schema(description = "BLOCK: must not be booked or treated; WARN: a practitioner must acknowledge it.",
                example = "BLOCK")
        ContraindicationEffect effect,
        @Schema(description = "Stable, machine-readable code: client-not-bookable, screening-missing, "
                + "screening-expired, consent-missing, or contraindication.<item in kebab case> such as "
                + "contraindication.pregnant-or-breastfeeding. New codes may be added.",
                example = "contraindication.pregnant-or-breastfeeding", maxLength = 80,
                pattern = "^[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)?$")
        String code,
        @Schema(description = "The finding in a sentence, for people; may change.",
                example = "Pregnant or breastfeeding: answered yes.", maxLength = 500)
        String message) {

    static FindingView of(EligibilityFinding finding) {
        return new FindingView(finding.item(), finding.effect(), finding.code(), finding.message());
    }
}
