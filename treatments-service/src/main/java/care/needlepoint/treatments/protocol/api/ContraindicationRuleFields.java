package care.needlepoint.treatments.protocol.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ContraindicationRule;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/** What one screening answer means for this protocol; the same shape in requests and responses. */
@Schema(name = "ContraindicationRule", description = "What a screening answer (docs/domain.md screening-item) means "
        + "for this protocol: BLOCK stops booking and treatment, WARN needs a practitioner's acknowledgement. A yes/no "
        + "item applies when answered true. A site condition (ACTIVE_ACNE_OR_INFECTION, INFLAMMATORY_SKIN_CONDITION) "
        + "applies when present, and with onlyAtTreatedArea true only where its areas overlap the treated areas. A "
        + "dated item (ISOTRETINOIN, CHEMICAL_PEEL, LASER_TREATMENT, INJECTABLES, SUNBURN) applies from its lastOn "
        + "date until lastOn plus the window (windowDays or windowMonths, exactly one); from that day on the client "
        + "is clear. Fields that do not fit the item's shape must be left out. One rule per item.")
public record ContraindicationRuleFields(
        @Schema(description = "The screening item (docs/domain.md screening-item).", example = "CHEMICAL_PEEL")
        @NotNull
        ScreeningItem item,

        @Schema(description = "BLOCK: the client may not be booked or treated; WARN: a practitioner must acknowledge "
                + "the finding.", example = "BLOCK")
        @NotNull
        ContraindicationEffect effect,

        @Schema(description = "Dated items only: the window in days after lastOn (e.g. 30 for a chemical peel, 14 "
                + "for sunburn).", example = "30", minimum = "1", maximum = "730", nullable = true)
        @Min(1) @Max(730)
        Integer windowDays,

        @Schema(description = "Dated items only: the window in calendar months after lastOn (e.g. 6 for "
                + "isotretinoin).", example = "6", minimum = "1", maximum = "24", nullable = true)
        @Min(1) @Max(24)
        Integer windowMonths,

        @Schema(description = "Site conditions only, and required for them: true counts the condition only where "
                + "its areas overlap the treated areas; false counts it wherever it is.", example = "true",
                nullable = true)
        Boolean onlyAtTreatedArea) {

    static ContraindicationRuleFields of(ContraindicationRule rule) {
        return new ContraindicationRuleFields(rule.item(), rule.effect(), rule.windowDays(), rule.windowMonths(),
                rule.onlyAtTreatedArea());
    }
}
