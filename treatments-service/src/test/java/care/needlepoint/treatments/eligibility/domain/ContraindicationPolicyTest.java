package care.needlepoint.treatments.eligibility.domain;

import static care.needlepoint.treatments.protocol.domain.BodyArea.BACK;
import static care.needlepoint.treatments.protocol.domain.BodyArea.CHEEKS;
import static care.needlepoint.treatments.protocol.domain.BodyArea.CHIN;
import static care.needlepoint.treatments.protocol.domain.BodyArea.TEMPLES;
import static care.needlepoint.treatments.protocol.domain.ContraindicationEffect.BLOCK;
import static care.needlepoint.treatments.protocol.domain.ContraindicationEffect.WARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationPreset;
import care.needlepoint.treatments.protocol.domain.ContraindicationRule;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;
import care.needlepoint.treatments.support.Screenings;

/** Every rule shape against answers, windows at their edges, site against non-site: plain JUnit. */
class ContraindicationPolicyTest {

    private static final List<ContraindicationRule> CLINIC_DEFAULT = ContraindicationPreset.CLINIC_DEFAULT.rules();
    private static final Set<BodyArea> FACE = Set.of(CHEEKS, TEMPLES);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private static ContraindicationAssessment assess(List<ContraindicationRule> rules, Screenings answers,
            LocalDate today) {
        return ContraindicationPolicy.assess(rules, answers.build(), FACE, today);
    }

    private static ContraindicationAssessment assess(ContraindicationRule rule, Screenings answers, LocalDate today) {
        return assess(List.of(rule), answers, today);
    }

    @Test
    void aClientWithNothingToDeclareIsOk() {
        ContraindicationAssessment assessment = assess(CLINIC_DEFAULT, Screenings.allClear(), TODAY);
        assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.OK);
        assertThat(assessment.findings()).isEmpty();
    }

    // --- Yes/no items

    @Test
    void aYesAnswerAppliesWithTheRulesEffect() {
        ContraindicationAssessment blocked = assess(
                ContraindicationRule.whenYes(ScreeningItem.PREGNANT_OR_BREASTFEEDING, BLOCK),
                Screenings.allClear().with(ScreeningItem.PREGNANT_OR_BREASTFEEDING, true), TODAY);
        assertThat(blocked.outcome()).isEqualTo(EligibilityOutcome.BLOCK);
        assertThat(blocked.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.item()).isEqualTo(ScreeningItem.PREGNANT_OR_BREASTFEEDING);
            assertThat(finding.effect()).isEqualTo(BLOCK);
            assertThat(finding.code()).isEqualTo(FindingCode.ANSWERED_YES);
            assertThat(finding.message()).isEqualTo("Pregnant or breastfeeding: answered yes.");
            assertThat(finding.areas()).isEmpty();
            assertThat(finding.clearsOn()).isNull();
        });

        ContraindicationAssessment warned = assess(ContraindicationRule.whenYes(ScreeningItem.METAL_ALLERGY, WARN),
                Screenings.allClear().with(ScreeningItem.METAL_ALLERGY, true), TODAY);
        assertThat(warned.outcome()).isEqualTo(EligibilityOutcome.WARN);
        assertThat(warned.warnings()).extracting(ContraindicationFinding::code).containsExactly(
                FindingCode.ANSWERED_YES);
    }

    @Test
    void aNoAnswerDoesNotApply() {
        assertThat(assess(ContraindicationRule.whenYes(ScreeningItem.PREGNANT_OR_BREASTFEEDING, BLOCK),
                Screenings.allClear().with(ScreeningItem.PREGNANT_OR_BREASTFEEDING, false), TODAY).outcome())
                .isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void anItemWithoutARuleIsNotJudged() {
        List<ContraindicationRule> sunburnOnly = List.of(
                ContraindicationRule.withinDays(ScreeningItem.SUNBURN, BLOCK, 14));
        assertThat(assess(sunburnOnly, Screenings.allClear().with(ScreeningItem.PREGNANT_OR_BREASTFEEDING, true)
                .missing(ScreeningItem.METAL_ALLERGY), TODAY).outcome()).isEqualTo(EligibilityOutcome.OK);
    }

    // --- Site conditions

    @Test
    void aSiteConditionAtATreatedAreaAppliesAndNamesTheAreas() {
        ContraindicationRule acne = ContraindicationRule.whenPresent(ScreeningItem.ACTIVE_ACNE_OR_INFECTION, BLOCK,
                true);
        ContraindicationAssessment assessment = assess(acne, Screenings.allClear()
                .with(ScreeningItem.ACTIVE_ACNE_OR_INFECTION, SiteCondition.at(BACK, CHEEKS, CHIN)), TODAY);
        assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.BLOCK);
        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.PRESENT_AT_TREATED_AREA);
            assertThat(finding.areas()).containsExactly(CHEEKS);
            assertThat(finding.message()).contains("CHEEKS").doesNotContain("BACK");
        });
    }

    @Test
    void aSiteConditionAwayFromTheTreatedAreasDoesNotApplyWhenTheRuleCountsItOnlyThere() {
        ContraindicationRule eczema = ContraindicationRule.whenPresent(ScreeningItem.INFLAMMATORY_SKIN_CONDITION,
                BLOCK, true);
        assertThat(assess(eczema, Screenings.allClear()
                .with(ScreeningItem.INFLAMMATORY_SKIN_CONDITION, SiteCondition.at(BACK, CHIN)), TODAY).outcome())
                .isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void aSiteConditionCountsAnywhereWhenTheRuleSaysSo() {
        ContraindicationRule infectionAnywhere = ContraindicationRule.whenPresent(
                ScreeningItem.ACTIVE_ACNE_OR_INFECTION, WARN, false);
        ContraindicationAssessment assessment = assess(infectionAnywhere, Screenings.allClear()
                .with(ScreeningItem.ACTIVE_ACNE_OR_INFECTION, SiteCondition.at(BACK)), TODAY);
        assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.WARN);
        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.PRESENT);
            assertThat(finding.areas()).containsExactly(BACK);
        });
    }

    @Test
    void anAbsentSiteConditionDoesNotApplyEvenWhereTheRuleCountsItAnywhere() {
        assertThat(assess(ContraindicationRule.whenPresent(ScreeningItem.ACTIVE_ACNE_OR_INFECTION, BLOCK, false),
                Screenings.allClear(), TODAY).outcome()).isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void aSiteConditionPresentWithoutAreasMayBeAtATreatedAreaSoItApplies() {
        ContraindicationAssessment assessment = assess(
                ContraindicationRule.whenPresent(ScreeningItem.ACTIVE_ACNE_OR_INFECTION, WARN, true),
                Screenings.allClear().with(ScreeningItem.ACTIVE_ACNE_OR_INFECTION, new SiteCondition(true, null)),
                TODAY);
        assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.WARN);
        assertThat(assessment.findings()).extracting(ContraindicationFinding::code)
                .containsExactly(FindingCode.PRESENT_AREAS_UNKNOWN);
    }

    @Test
    void siteAndNonSiteRulesOfTheSameScreeningAreJudgedEachByItsShape() {
        // Eczema on the back does not stop a face treatment; being pregnant does, wherever the treatment is.
        ContraindicationAssessment assessment = assess(CLINIC_DEFAULT, Screenings.allClear()
                .with(ScreeningItem.INFLAMMATORY_SKIN_CONDITION, SiteCondition.at(BACK))
                .with(ScreeningItem.PREGNANT_OR_BREASTFEEDING, true), TODAY);
        assertThat(assessment.findings()).extracting(ContraindicationFinding::item)
                .containsExactly(ScreeningItem.PREGNANT_OR_BREASTFEEDING);
        // Treating the back instead, the eczema counts too.
        ContraindicationAssessment back = ContraindicationPolicy.assess(CLINIC_DEFAULT, Screenings.allClear()
                .with(ScreeningItem.INFLAMMATORY_SKIN_CONDITION, SiteCondition.at(BACK)).build(), Set.of(BACK), TODAY);
        assertThat(back.findings()).extracting(ContraindicationFinding::code)
                .containsExactly(FindingCode.PRESENT_AT_TREATED_AREA);
    }

    // --- Dated items: the window's edges

    @Test
    void aWindowInDaysAppliesUpToTheDayBeforeItEnds() {
        ContraindicationRule peel = ContraindicationRule.withinDays(ScreeningItem.CHEMICAL_PEEL, BLOCK, 30);
        Screenings peeledOnMarchFirst = Screenings.allClear()
                .with(ScreeningItem.CHEMICAL_PEEL, DatedHistory.lastOn(LocalDate.of(2026, 3, 1)));

        assertThat(assess(peel, peeledOnMarchFirst, LocalDate.of(2026, 3, 1)).outcome())
                .as("the day of the peel").isEqualTo(EligibilityOutcome.BLOCK);
        ContraindicationAssessment dayBefore = assess(peel, peeledOnMarchFirst, LocalDate.of(2026, 3, 30));
        assertThat(dayBefore.outcome()).isEqualTo(EligibilityOutcome.BLOCK);
        assertThat(dayBefore.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.WITHIN_WINDOW);
            assertThat(finding.clearsOn()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(finding.message()).isEqualTo(
                    "Chemical peel: last on 2026-03-01, within this protocol's 30 days; clear from 2026-03-31.");
        });
        assertThat(assess(peel, peeledOnMarchFirst, LocalDate.of(2026, 3, 31)).outcome())
                .as("the day the window ends").isEqualTo(EligibilityOutcome.OK);
        assertThat(assess(peel, peeledOnMarchFirst, LocalDate.of(2026, 4, 1)).outcome())
                .as("the day after").isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void aWindowInMonthsCountsCalendarMonthsEvenFromTheEndOfAMonth() {
        ContraindicationRule isotretinoin = ContraindicationRule.withinMonths(ScreeningItem.ISOTRETINOIN, BLOCK, 6);
        Screenings lastTakenMarch31 = Screenings.allClear()
                .with(ScreeningItem.ISOTRETINOIN, DatedHistory.lastOn(LocalDate.of(2026, 3, 31)));

        ContraindicationAssessment dayBefore = assess(isotretinoin, lastTakenMarch31, LocalDate.of(2026, 9, 29));
        assertThat(dayBefore.outcome()).isEqualTo(EligibilityOutcome.BLOCK);
        assertThat(dayBefore.findings().get(0).clearsOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(dayBefore.findings().get(0).message()).contains("6 months");
        assertThat(assess(isotretinoin, lastTakenMarch31, LocalDate.of(2026, 9, 30)).outcome())
                .isEqualTo(EligibilityOutcome.OK);
        assertThat(assess(isotretinoin, lastTakenMarch31, LocalDate.of(2026, 10, 1)).outcome())
                .isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void aWindowRunsAcrossTheYearEnd() {
        ContraindicationRule sunburn = ContraindicationRule.withinDays(ScreeningItem.SUNBURN, WARN, 14);
        Screenings burntDecember25 = Screenings.allClear()
                .with(ScreeningItem.SUNBURN, DatedHistory.lastOn(LocalDate.of(2026, 12, 25)));
        assertThat(assess(sunburn, burntDecember25, LocalDate.of(2027, 1, 7)).outcome())
                .isEqualTo(EligibilityOutcome.WARN);
        assertThat(assess(sunburn, burntDecember25, LocalDate.of(2027, 1, 8)).outcome())
                .isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void aDateAfterTodayIsWithinTheWindow() {
        assertThat(assess(ContraindicationRule.withinDays(ScreeningItem.LASER_TREATMENT, BLOCK, 30),
                Screenings.allClear().with(ScreeningItem.LASER_TREATMENT, DatedHistory.lastOn(TODAY.plusDays(3))),
                TODAY).outcome()).isEqualTo(EligibilityOutcome.BLOCK);
    }

    @Test
    void aDatedItemThatNeverHappenedDoesNotApply() {
        assertThat(assess(ContraindicationRule.withinDays(ScreeningItem.LASER_TREATMENT, BLOCK, 30),
                Screenings.allClear().with(ScreeningItem.LASER_TREATMENT, DatedHistory.never()), TODAY).outcome())
                .isEqualTo(EligibilityOutcome.OK);
    }

    @Test
    void aDatedItemWithoutItsDateMayBeWithinTheWindowSoItApplies() {
        ContraindicationAssessment assessment = assess(
                ContraindicationRule.withinDays(ScreeningItem.INJECTABLES, WARN, 14),
                Screenings.allClear().with(ScreeningItem.INJECTABLES, new DatedHistory(true, null)), TODAY);
        assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.WARN);
        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.DATE_UNKNOWN);
            assertThat(finding.clearsOn()).isNull();
        });
    }

    // --- Missing answers fail closed

    @ParameterizedTest
    @EnumSource(ScreeningItem.class)
    void aMissingAnswerBlocksWhateverTheRulesEffect(ScreeningItem item) {
        ContraindicationRule preset = CLINIC_DEFAULT.stream().filter(rule -> rule.item() == item).findFirst()
                .orElseThrow();
        ContraindicationRule asWarning = new ContraindicationRule(item, WARN, preset.windowDays(),
                preset.windowMonths(), preset.onlyAtTreatedArea());
        ContraindicationAssessment assessment = assess(asWarning, Screenings.allClear().missing(item), TODAY);
        assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.BLOCK);
        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.ANSWER_MISSING);
            assertThat(finding.effect()).isEqualTo(BLOCK);
            assertThat(finding.message()).contains(item.jsonField());
        });
    }

    @Test
    void anAnswerWithoutItsPresentOrOccurredFlagIsMissing() {
        assertThat(ContraindicationPolicy.siteCondition(CLINIC_DEFAULT.get(0), new SiteCondition(null, List.of()),
                FACE)).map(ContraindicationFinding::code).hasValue(FindingCode.ANSWER_MISSING);
        assertThat(ContraindicationPolicy.datedHistory(
                ContraindicationRule.withinDays(ScreeningItem.SUNBURN, WARN, 14), new DatedHistory(null, null), TODAY))
                .map(ContraindicationFinding::code).hasValue(FindingCode.ANSWER_MISSING);
        assertThat(ContraindicationPolicy.yesNo(ContraindicationRule.whenYes(ScreeningItem.METAL_ALLERGY, WARN), null))
                .map(ContraindicationFinding::effect).hasValue(BLOCK);
    }

    // --- Outcome

    @Test
    void theOutcomeIsTheWorstFindingAndFindingsFollowTheRulesOrder() {
        Screenings answers = Screenings.allClear()
                .with(ScreeningItem.HERPES_SIMPLEX_HISTORY, true)
                .with(ScreeningItem.METAL_ALLERGY, true);
        ContraindicationAssessment warnings = assess(CLINIC_DEFAULT, answers, TODAY);
        assertThat(warnings.outcome()).isEqualTo(EligibilityOutcome.WARN);
        assertThat(warnings.findings()).extracting(ContraindicationFinding::item).containsExactly(
                ScreeningItem.HERPES_SIMPLEX_HISTORY, ScreeningItem.METAL_ALLERGY);
        assertThat(warnings.blocking()).isEmpty();

        ContraindicationAssessment blocked = assess(CLINIC_DEFAULT, answers
                .with(ScreeningItem.SUNBURN, DatedHistory.lastOn(TODAY.minusDays(2))), TODAY);
        assertThat(blocked.outcome()).isEqualTo(EligibilityOutcome.BLOCK);
        assertThat(blocked.findings()).extracting(ContraindicationFinding::item).containsExactly(
                ScreeningItem.HERPES_SIMPLEX_HISTORY, ScreeningItem.SUNBURN, ScreeningItem.METAL_ALLERGY);
        assertThat(blocked.blocking()).extracting(ContraindicationFinding::item)
                .containsExactly(ScreeningItem.SUNBURN);
        assertThat(blocked.warnings()).hasSize(2);
    }

    @Test
    void everyInputIsRequired() {
        var answers = Screenings.allClear().build();
        assertThatNullPointerException().isThrownBy(() -> ContraindicationPolicy.assess(null, answers, FACE, TODAY));
        assertThatNullPointerException().isThrownBy(() -> ContraindicationPolicy.assess(CLINIC_DEFAULT, null, FACE,
                TODAY));
        assertThatNullPointerException().isThrownBy(() -> ContraindicationPolicy.assess(CLINIC_DEFAULT, answers,
                null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> ContraindicationPolicy.assess(CLINIC_DEFAULT, answers,
                FACE, null));
    }
}
