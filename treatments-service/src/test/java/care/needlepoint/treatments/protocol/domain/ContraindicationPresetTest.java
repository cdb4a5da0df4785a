package care.needlepoint.treatments.protocol.domain;

import static care.needlepoint.treatments.protocol.domain.ContraindicationEffect.BLOCK;
import static care.needlepoint.treatments.protocol.domain.ContraindicationEffect.WARN;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.treatments.protocol.api.ProtocolFields;

/** The clinic default rule set and how explicit rules replace its rules. */
class ContraindicationPresetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theClinicDefaultCoversEveryScreeningItemOnceInQuestionnaireOrder() {
        assertThat(ContraindicationPreset.CLINIC_DEFAULT.rules()).extracting(ContraindicationRule::item)
                .containsExactly(ScreeningItem.values());
    }

    @Test
    void theClinicDefaultKeepsTheRulesOfAnyProtocol() {
        // Written out as explicit rules, the preset passes the same checks as an administrator's rules.
        List<Object> asRules = ContraindicationPreset.CLINIC_DEFAULT.rules().stream()
                .map(rule -> (Object) JSON.convertValue(rule, Map.class)).toList();
        ProtocolFields listed = aProtocol().without("contraindicationPreset")
                .with("contraindicationRules", asRules).fields();
        assertThat(ProtocolRules.violations(listed)).isEmpty();
    }

    @Test
    void theClinicDefaultBlocksTheWashoutsWithinTheirWindowsAndSiteConditionsOnlyAtTreatedAreas() {
        Map<ScreeningItem, ContraindicationRule> rules = ContraindicationPreset.CLINIC_DEFAULT.rules().stream()
                .collect(Collectors.toMap(ContraindicationRule::item, Function.identity()));
        assertThat(rules.get(ScreeningItem.ISOTRETINOIN)).isEqualTo(
                ContraindicationRule.withinMonths(ScreeningItem.ISOTRETINOIN, BLOCK, 6));
        assertThat(rules.get(ScreeningItem.CHEMICAL_PEEL)).isEqualTo(
                ContraindicationRule.withinDays(ScreeningItem.CHEMICAL_PEEL, BLOCK, 30));
        assertThat(rules.get(ScreeningItem.SUNBURN).windowDays()).isEqualTo(14);
        assertThat(rules.get(ScreeningItem.ACTIVE_ACNE_OR_INFECTION).countsOnlyAtTreatedArea()).isTrue();
        assertThat(rules.get(ScreeningItem.INFLAMMATORY_SKIN_CONDITION).countsOnlyAtTreatedArea()).isTrue();
        assertThat(rules.get(ScreeningItem.PREGNANT_OR_BREASTFEEDING).effect()).isEqualTo(BLOCK);
        assertThat(rules.get(ScreeningItem.HERPES_SIMPLEX_HISTORY).effect()).isEqualTo(WARN);
    }

    @Test
    void explicitRulesReplaceThePresetsRuleForTheirItemInPlace() {
        ContraindicationRule laterIsotretinoin = ContraindicationRule.withinMonths(ScreeningItem.ISOTRETINOIN, WARN, 1);
        List<ContraindicationRule> resolved = ContraindicationPreset.resolve(ContraindicationPreset.CLINIC_DEFAULT,
                List.of(laterIsotretinoin));
        assertThat(resolved).hasSize(ScreeningItem.values().length);
        assertThat(resolved.get(ScreeningItem.ISOTRETINOIN.ordinal())).isEqualTo(laterIsotretinoin);
        assertThat(resolved).filteredOn(rule -> rule.item() != ScreeningItem.ISOTRETINOIN)
                .isEqualTo(ContraindicationPreset.CLINIC_DEFAULT.rules().stream()
                        .filter(rule -> rule.item() != ScreeningItem.ISOTRETINOIN).toList());
    }

    @Test
    void withoutAPresetTheRulesAreTheListedOnesInTheirOrder() {
        List<ContraindicationRule> listed = List.of(
                ContraindicationRule.whenYes(ScreeningItem.METAL_ALLERGY, BLOCK),
                ContraindicationRule.withinDays(ScreeningItem.SUNBURN, WARN, 7));
        assertThat(ContraindicationPreset.resolve(null, listed)).isEqualTo(listed);
        assertThat(ContraindicationPreset.resolve(null, null)).isEmpty();
        assertThat(Arrays.asList(ContraindicationPreset.values())).containsExactly(
                ContraindicationPreset.CLINIC_DEFAULT);
    }
}
