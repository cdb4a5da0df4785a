package care.needlepoint.treatments.protocol.domain;

import static care.needlepoint.treatments.protocol.domain.ContraindicationEffect.BLOCK;
import static care.needlepoint.treatments.protocol.domain.ContraindicationEffect.WARN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready-made contraindication rule sets a protocol can start from, so that a clinic need not spell out all fifteen
 * screening items for every protocol. A protocol names its preset and may replace any of its rules item by item; the
 * stored version keeps the resolved rules, so a later change of a preset never changes a version a course uses.
 */
public enum ContraindicationPreset {

    /**
     * A clinic's sensible default, from the contraindications of the domain brief: active infection, inflammatory
     * skin disease at the site, bleeding risk, pregnancy, cancer treatment, immunosuppression, keloid tendency block;
     * the washout periods block within their windows (isotretinoin 6 months per the label, peel and laser 30 days,
     * sunburn 14 days); cold sores, recent injectables and allergies warn, because a practitioner can act on them
     * (antiviral cover, avoiding the injected area, no anaesthetic, a gold or titanium cartridge).
     */
    CLINIC_DEFAULT(List.of(
            ContraindicationRule.whenPresent(ScreeningItem.ACTIVE_ACNE_OR_INFECTION, BLOCK, true),
            ContraindicationRule.whenYes(ScreeningItem.HERPES_SIMPLEX_HISTORY, WARN),
            ContraindicationRule.whenYes(ScreeningItem.KELOID_OR_HYPERTROPHIC_SCARRING, BLOCK),
            ContraindicationRule.whenPresent(ScreeningItem.INFLAMMATORY_SKIN_CONDITION, BLOCK, true),
            ContraindicationRule.whenYes(ScreeningItem.ANTICOAGULANTS_OR_BLEEDING_DISORDER, BLOCK),
            ContraindicationRule.whenYes(ScreeningItem.PREGNANT_OR_BREASTFEEDING, BLOCK),
            ContraindicationRule.whenYes(ScreeningItem.CHEMOTHERAPY_OR_RADIOTHERAPY, BLOCK),
            ContraindicationRule.whenYes(ScreeningItem.IMMUNOSUPPRESSION_OR_UNCONTROLLED_DIABETES, BLOCK),
            ContraindicationRule.withinMonths(ScreeningItem.ISOTRETINOIN, BLOCK, 6),
            ContraindicationRule.withinDays(ScreeningItem.CHEMICAL_PEEL, BLOCK, 30),
            ContraindicationRule.withinDays(ScreeningItem.LASER_TREATMENT, BLOCK, 30),
            ContraindicationRule.withinDays(ScreeningItem.INJECTABLES, WARN, 14),
            ContraindicationRule.withinDays(ScreeningItem.SUNBURN, BLOCK, 14),
            ContraindicationRule.whenYes(ScreeningItem.TOPICAL_ANAESTHETIC_ALLERGY, WARN),
            ContraindicationRule.whenYes(ScreeningItem.METAL_ALLERGY, WARN)));

    private final List<ContraindicationRule> rules;

    ContraindicationPreset(List<ContraindicationRule> rules) {
        this.rules = rules;
    }

    public List<ContraindicationRule> rules() {
        return rules;
    }

    /**
     * The rules a protocol ends up with: the preset's (none without one), each replaced by an explicit rule for the
     * same item where there is one, then the explicit rules for items the preset does not cover, in their order.
     */
    public static List<ContraindicationRule> resolve(ContraindicationPreset preset,
            List<ContraindicationRule> explicit) {
        Map<ScreeningItem, ContraindicationRule> byItem = new LinkedHashMap<>();
        if (preset != null) {
            preset.rules.forEach(rule -> byItem.put(rule.item(), rule));
        }
        if (explicit != null) {
            explicit.forEach(rule -> byItem.put(rule.item(), rule));
        }
        return List.copyOf(new ArrayList<>(byItem.values()));
    }
}
