package care.needlepoint.treatments.protocol.domain;

import static care.needlepoint.treatments.support.ProtocolBuilder.aHomeProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.depthLimit;
import static care.needlepoint.treatments.support.ProtocolBuilder.homeStep;
import static care.needlepoint.treatments.support.ProtocolBuilder.list;
import static care.needlepoint.treatments.support.ProtocolBuilder.object;
import static care.needlepoint.treatments.support.ProtocolBuilder.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import care.needlepoint.treatments.protocol.api.ProtocolFields;
import care.needlepoint.treatments.support.ProtocolBuilder;

/** The cross-field rules of a protocol, one by one: plain JUnit, no Quarkus, no database. */
class ProtocolRulesTest {

    private static void assertRejected(List<RuleViolation> outcome, String field, String messagePart) {
        assertThat(outcome).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.message()).contains(messagePart);
        });
    }

    private static ProtocolFields withRules(Object... rules) {
        return aProtocol().without("contraindicationPreset").with("contraindicationRules", list(rules)).fields();
    }

    @Test
    void theDefaultProtocolsKeepEveryRule() {
        assertThat(ProtocolRules.violations(aProtocol().fields())).isEmpty();
        assertThat(ProtocolRules.violations(aHomeProtocol().fields())).isEmpty();
    }

    // --- Treatment areas and depth limits

    @Test
    void treatmentAreasAreNamedOnce() {
        assertRejected(ProtocolRules.treatmentAreasAreDistinct(
                aProtocol().with("treatmentAreas", list("CHEEKS", "TEMPLES", "CHEEKS")).fields()),
                "treatmentAreas[2]", "repeats CHEEKS of treatmentAreas[0]");
        assertThat(ProtocolRules.treatmentAreasAreDistinct(aProtocol().fields())).isEmpty();
    }

    @Test
    void aDepthLimitsMinimumMustNotExceedItsMaximum() {
        assertRejected(ProtocolRules.depthLimitRangesAreOrdered(
                aProtocol().with("depthLimits[1].minMm", 1.25).with("depthLimits[1].maxMm", 1.0).fields()),
                "depthLimits[1].maxMm", "depthLimits[1].minMm (1.25)");
        assertThat(ProtocolRules.depthLimitRangesAreOrdered(
                aProtocol().with("depthLimits[1].minMm", 1.0).with("depthLimits[1].maxMm", 1.0).fields())).isEmpty();
    }

    @Test
    void thereIsOneDepthLimitPerAreaAndDevice() {
        ProtocolFields repeated = aProtocol().with("depthLimits", list(
                depthLimit("CHEEKS", "PEN", 1.0, 2.0),
                depthLimit("TEMPLES", "PEN", 0.5, 1.0),
                depthLimit("CHEEKS", "PEN", 0.5, 1.0))).fields();
        assertRejected(ProtocolRules.depthLimitsAreDistinct(repeated), "depthLimits[2]",
                "repeats CHEEKS with PEN of depthLimits[0]");
        // The same area with another device is another limit.
        assertThat(ProtocolRules.depthLimitsAreDistinct(aProtocol().with("depthLimits[1]",
                depthLimit("CHEEKS", "STAMP", 1.0, 2.0)).fields())).isEmpty();
    }

    @Test
    void aDepthLimitIsForATreatmentArea() {
        assertRejected(ProtocolRules.depthLimitsAreForTreatmentAreas(
                aProtocol().with("depthLimits[1].area", "CHIN").fields()),
                "depthLimits[1].area", "must be one of treatmentAreas; CHIN is not");
        assertThat(ProtocolRules.depthLimitsAreForTreatmentAreas(aProtocol().fields())).isEmpty();
    }

    @Test
    void everyTreatmentAreaHasADepthLimit() {
        assertRejected(ProtocolRules.everyTreatmentAreaHasADepthLimit(
                aProtocol().with("treatmentAreas", list("CHEEKS", "TEMPLES", "CHIN")).fields()),
                "treatmentAreas[2]", "has no depth limit");
        assertThat(ProtocolRules.everyTreatmentAreaHasADepthLimit(aProtocol().fields())).isEmpty();
    }

    @Test
    void aHomeProtocolStaysAtOrBelowThreeQuartersOfAMillimetre() {
        assertRejected(ProtocolRules.homeDepthLimitsStayShallow(
                aHomeProtocol().with("depthLimits[0].maxMm", 0.76).fields()),
                "depthLimits[0].maxMm", "never reaches 1.00 mm");
        assertRejected(ProtocolRules.homeDepthLimitsStayShallow(
                aHomeProtocol().with("depthLimits[1].maxMm", 1.0).fields()),
                "depthLimits[1].maxMm", "at most 0.75 for a HOME protocol");
        assertThat(ProtocolRules.homeDepthLimitsStayShallow(
                aHomeProtocol().with("depthLimits[0].maxMm", 0.75).fields())).isEmpty();
        // The same depth in a clinic is fine.
        assertThat(ProtocolRules.homeDepthLimitsStayShallow(
                aProtocol().with("depthLimits[0].maxMm", 2.5).fields())).isEmpty();
    }

    // --- Numbing

    @Test
    void numbingRequiredAboveADepthNamesTheDepth() {
        assertRejected(ProtocolRules.thresholdNumbingNamesItsDepth(
                aProtocol().without("numbing.requiredAboveDepthMm").fields()),
                "numbing.requiredAboveDepthMm", "REQUIRED_ABOVE_DEPTH");
        assertThat(ProtocolRules.thresholdNumbingNamesItsDepth(aProtocol().fields())).isEmpty();
    }

    @Test
    void onlyNumbingRequiredAboveADepthNamesADepth() {
        assertRejected(ProtocolRules.onlyThresholdNumbingNamesADepth(
                aProtocol().with("numbing.policy", "OPTIONAL").fields()),
                "numbing.requiredAboveDepthMm", "must be left out");
        assertRejected(ProtocolRules.onlyThresholdNumbingNamesADepth(aHomeProtocol()
                .with("numbing.requiredAboveDepthMm", 0.5).fields()),
                "numbing.requiredAboveDepthMm", "must be left out");
        assertThat(ProtocolRules.onlyThresholdNumbingNamesADepth(
                aProtocol().with("numbing.policy", "OPTIONAL").without("numbing.requiredAboveDepthMm").fields()))
                .isEmpty();
    }

    @Test
    void theNumbingThresholdLiesBelowTheDeepestLimit() {
        assertRejected(ProtocolRules.numbingThresholdIsWithinReach(
                aProtocol().with("numbing.requiredAboveDepthMm", 2.0).fields()),
                "numbing.requiredAboveDepthMm", "below the deepest depth limit (2.0 mm)");
        assertThat(ProtocolRules.numbingThresholdIsWithinReach(
                aProtocol().with("numbing.requiredAboveDepthMm", 1.99).fields())).isEmpty();
        // Below every limit it is simply always required: allowed.
        assertThat(ProtocolRules.numbingThresholdIsWithinReach(
                aProtocol().with("numbing.requiredAboveDepthMm", 0.2).fields())).isEmpty();
    }

    @Test
    void anAnaestheticIsNamedAndHasADwellTime() {
        for (String policy : List.of("OPTIONAL", "REQUIRED_ABOVE_DEPTH")) {
            assertRejected(ProtocolRules.anaestheticIsNamed(
                    aProtocol().with("numbing.policy", policy).without("numbing.agent").fields()),
                    "numbing.agent", "required when numbing.policy is " + policy);
            assertRejected(ProtocolRules.anaestheticHasADwellTime(
                    aProtocol().with("numbing.policy", policy).without("numbing.minimumDwellMinutes").fields()),
                    "numbing.minimumDwellMinutes", "required when numbing.policy is " + policy);
        }
        assertThat(ProtocolRules.anaestheticIsNamed(aHomeProtocol().fields())).isEmpty();
        assertThat(ProtocolRules.anaestheticHasADwellTime(aHomeProtocol().fields())).isEmpty();
    }

    @Test
    void noNumbingHasNoAgentAndNoDwellTime() {
        ProtocolFields both = aHomeProtocol().with("numbing.agent", "Lidocaine").with("numbing.minimumDwellMinutes", 20)
                .fields();
        assertThat(ProtocolRules.noNumbingHasNoAnaesthetic(both)).extracting(RuleViolation::field)
                .containsExactly("numbing.agent", "numbing.minimumDwellMinutes");
        assertThat(ProtocolRules.noNumbingHasNoAnaesthetic(aHomeProtocol().fields())).isEmpty();
    }

    // --- Sessions, spacing, maintenance

    @Test
    void sessionMinMustNotExceedMax() {
        assertRejected(ProtocolRules.sessionRangeIsOrdered(
                aProtocol().with("sessions.min", 6).with("sessions.max", 3).fields()),
                "sessions.max", "sessions.min (6)");
        assertThat(ProtocolRules.sessionRangeIsOrdered(
                aProtocol().with("sessions.min", 4).with("sessions.max", 4).with("sessions.default", 4).fields()))
                .isEmpty();
    }

    @Test
    void defaultSessionsLieWithinTheRange() {
        assertRejected(ProtocolRules.defaultSessionsAreWithinRange(aProtocol().with("sessions.default", 7).fields()),
                "sessions.default", "from sessions.min (3) to sessions.max (6)");
        assertRejected(ProtocolRules.defaultSessionsAreWithinRange(aProtocol().with("sessions.default", 2).fields()),
                "sessions.default", "from sessions.min (3)");
        assertThat(ProtocolRules.defaultSessionsAreWithinRange(aProtocol().with("sessions.default", 3).fields()))
                .isEmpty();
        assertThat(ProtocolRules.defaultSessionsAreWithinRange(aProtocol().with("sessions.default", 6).fields()))
                .isEmpty();
    }

    @Test
    void anInvertedSessionRangeIsReportedOnceNotAlsoAsABadDefault() {
        ProtocolFields inverted = aProtocol().with("sessions.min", 6).with("sessions.max", 3)
                .with("sessions.default", 4).fields();
        assertThat(ProtocolRules.defaultSessionsAreWithinRange(inverted)).isEmpty();
        assertThat(ProtocolRules.violations(inverted)).extracting(RuleViolation::field).containsExactly("sessions.max");
    }

    @Test
    void spacingMinMustNotExceedMax() {
        assertRejected(ProtocolRules.spacingRangeIsOrdered(
                aProtocol().with("spacingDays.min", 42).with("spacingDays.max", 28).fields()),
                "spacingDays.max", "spacingDays.min (42)");
        assertThat(ProtocolRules.spacingRangeIsOrdered(
                aProtocol().with("spacingDays.min", 28).with("spacingDays.max", 28).fields())).isEmpty();
    }

    @Test
    void maintenanceMinMustNotExceedMaxAndMayBeAbsent() {
        assertRejected(ProtocolRules.maintenanceRangeIsOrdered(
                aProtocol().with("maintenanceIntervalMonths.min", 12).with("maintenanceIntervalMonths.max", 6)
                        .fields()),
                "maintenanceIntervalMonths.max", "maintenanceIntervalMonths.min (12)");
        assertThat(ProtocolRules.maintenanceRangeIsOrdered(aProtocol().without("maintenanceIntervalMonths").fields()))
                .isEmpty();
    }

    // --- Contraindication rules

    @Test
    void aProtocolDeclaresItsContraindications() {
        assertRejected(ProtocolRules.contraindicationsAreDeclared(aProtocol().without("contraindicationPreset")
                .fields()), "contraindicationRules", "CLINIC_DEFAULT");
        assertRejected(ProtocolRules.contraindicationsAreDeclared(aProtocol().without("contraindicationPreset")
                .with("contraindicationRules", list()).fields()), "contraindicationRules", "at least one rule");
        assertThat(ProtocolRules.contraindicationsAreDeclared(withRules(rule("PREGNANT_OR_BREASTFEEDING", "BLOCK"))))
                .isEmpty();
        assertThat(ProtocolRules.contraindicationsAreDeclared(aProtocol().fields())).isEmpty();
    }

    @Test
    void thereIsOneRulePerScreeningItem() {
        assertRejected(ProtocolRules.contraindicationItemsAreDistinct(withRules(
                rule("SUNBURN", "BLOCK", "windowDays", 14),
                rule("METAL_ALLERGY", "WARN"),
                rule("SUNBURN", "WARN", "windowDays", 30))),
                "contraindicationRules[2].item", "repeats SUNBURN of contraindicationRules[0]");
    }

    @Test
    void aDatedItemHasExactlyOneWindow() {
        assertRejected(ProtocolRules.datedItemsHaveOneWindow(withRules(rule("CHEMICAL_PEEL", "BLOCK"))),
                "contraindicationRules[0].windowDays", "give windowDays or windowMonths");
        assertRejected(ProtocolRules.datedItemsHaveOneWindow(withRules(
                rule("ISOTRETINOIN", "BLOCK", "windowDays", 30, "windowMonths", 6))),
                "contraindicationRules[0].windowDays", "give one window");
        assertThat(ProtocolRules.datedItemsHaveOneWindow(withRules(
                rule("ISOTRETINOIN", "BLOCK", "windowMonths", 6),
                rule("CHEMICAL_PEEL", "BLOCK", "windowDays", 30)))).isEmpty();
    }

    @Test
    void itemsWithoutADateHaveNoWindow() {
        assertThat(ProtocolRules.undatedItemsHaveNoWindow(withRules(
                rule("PREGNANT_OR_BREASTFEEDING", "BLOCK", "windowDays", 30),
                rule("ACTIVE_ACNE_OR_INFECTION", "BLOCK", "onlyAtTreatedArea", true, "windowMonths", 1))))
                .extracting(RuleViolation::field)
                .containsExactly("contraindicationRules[0].windowDays", "contraindicationRules[1].windowMonths");
    }

    @Test
    void aSiteConditionSaysWhetherItCountsOnlyAtTreatedAreas() {
        assertRejected(ProtocolRules.siteConditionsSayWhereTheyCount(withRules(
                rule("INFLAMMATORY_SKIN_CONDITION", "BLOCK"))),
                "contraindicationRules[0].onlyAtTreatedArea", "a site condition");
        assertThat(ProtocolRules.siteConditionsSayWhereTheyCount(withRules(
                rule("INFLAMMATORY_SKIN_CONDITION", "BLOCK", "onlyAtTreatedArea", false)))).isEmpty();
    }

    @Test
    void otherItemsHaveNoAreaScope() {
        assertRejected(ProtocolRules.otherItemsHaveNoSiteScope(withRules(
                rule("SUNBURN", "BLOCK", "windowDays", 14, "onlyAtTreatedArea", true))),
                "contraindicationRules[0].onlyAtTreatedArea", "not a site condition");
        assertThat(ProtocolRules.otherItemsHaveNoSiteScope(withRules(rule("SUNBURN", "BLOCK", "windowDays", 14))))
                .isEmpty();
    }

    // --- Home progression

    @Test
    void aHomeProtocolHasAProgressionAndAClinicProtocolNone() {
        assertRejected(ProtocolRules.homeProtocolHasAProgression(aHomeProtocol().without("homeProgression").fields()),
                "homeProgression", "required for a HOME protocol");
        assertRejected(ProtocolRules.clinicProtocolHasNoHomeProgression(aProtocol()
                .with("homeProgression", list(homeStep(0.25, 2, 4, null, false))).fields()),
                "homeProgression", "must be left out for a CLINIC protocol");
        assertThat(ProtocolRules.homeProtocolHasAProgression(aProtocol().fields())).isEmpty();
        assertThat(ProtocolRules.clinicProtocolHasNoHomeProgression(aHomeProtocol().fields())).isEmpty();
    }

    @Test
    void theStepsOfAClinicProtocolAreNotJudgedOneByOne() {
        ProtocolFields clinic = aProtocol().with("homeProgression", list(
                homeStep(0.75, 7, 3, 4, false), homeStep(0.25, 2, 4, 4, false))).fields();
        assertThat(ProtocolRules.violations(clinic)).extracting(RuleViolation::field)
                .containsExactly("homeProgression");
    }

    @Test
    void homeStepsGetDeeper() {
        assertRejected(ProtocolRules.homeStepsGetDeeper(aHomeProtocol().with("homeProgression[1].depthMm", 0.25)
                .fields()), "homeProgression[1].depthMm", "deeper than the step before (0.25 mm)");
        assertThat(ProtocolRules.homeStepsGetDeeper(aHomeProtocol().fields())).isEmpty();
    }

    @Test
    void aHomeStepDeeperThanHalfAMillimetreNeedsApproval() {
        assertRejected(ProtocolRules.deepHomeStepsNeedApproval(
                aHomeProtocol().with("homeProgression[2].requiresPractitionerApproval", false).fields()),
                "homeProgression[2].requiresPractitionerApproval", "deeper than 0.50 mm");
        // 0.50 itself needs none.
        assertThat(ProtocolRules.deepHomeStepsNeedApproval(aHomeProtocol().fields())).isEmpty();
    }

    @Test
    void homeStepsStayWithinTheDepthLimits() {
        assertRejected(ProtocolRules.homeStepsStayWithinDepthLimits(aHomeProtocol()
                .with("depthLimits[0].maxMm", 0.5).fields()),
                "homeProgression[2].depthMm", "within the depth limits (0.25 to 0.5 mm)");
        assertRejected(ProtocolRules.homeStepsStayWithinDepthLimits(aHomeProtocol()
                .with("homeProgression[0].depthMm", 0.2).fields()),
                "homeProgression[0].depthMm", "within the depth limits");
    }

    @Test
    void aHomeStepsIntervalIsOrdered() {
        assertRejected(ProtocolRules.homeStepIntervalsAreOrdered(aHomeProtocol()
                .with("homeProgression[1].intervalDays", object("min", 7, "max", 3)).fields()),
                "homeProgression[1].intervalDays.max", "intervalDays.min (7)");
    }

    @Test
    void theLastHomeStepHasNoWaitBeforeANextStep() {
        assertRejected(ProtocolRules.lastHomeStepHasNoNextStepWait(aHomeProtocol()
                .with("homeProgression[2].minWeeksBeforeNextStep", 4).fields()),
                "homeProgression[2].minWeeksBeforeNextStep", "last step");
    }

    // --- Overridable refusals

    @Test
    void onlyRefusalsThatCanEverBeOverriddenMayBeListed() {
        assertRejected(ProtocolRules.overridableRefusalsCanBeOverridden(aProtocol()
                .with("overridableRefusals", list("depth-step-exceeded", "home-depth-never")).fields()),
                "overridableRefusals[1]", "home-depth-never can never be overridden");
        assertRejected(ProtocolRules.overridableRefusalsCanBeOverridden(aProtocol()
                .with("overridableRefusals", list("contraindication.isotretinoin")).fields()),
                "overridableRefusals[0]", "can never be overridden");
        assertRejected(ProtocolRules.overridableRefusalsCanBeOverridden(aProtocol()
                .with("overridableRefusals", list("too-deep")).fields()),
                "overridableRefusals[0]", "not a charting refusal code");
        assertThat(ProtocolRules.overridableRefusalsCanBeOverridden(aProtocol()
                .with("overridableRefusals", OverridableRefusals.DEFAULT).fields())).isEmpty();
        assertThat(ProtocolRules.overridableRefusalsCanBeOverridden(aProtocol()
                .with("overridableRefusals", list()).fields())).isEmpty();
    }

    @Test
    void eachOverridableRefusalIsListedOnce() {
        assertRejected(ProtocolRules.overridableRefusalsAreDistinct(aProtocol()
                .with("overridableRefusals", list("numbing-required", "numbing-required")).fields()),
                "overridableRefusals[1]", "repeats numbing-required of overridableRefusals[0]");
    }

    @Test
    void absentOverridableRefusalsMeanTheDefaultAndAListIsKeptInItsFixedOrder() {
        assertThat(OverridableRefusals.normalise(null)).isEqualTo(OverridableRefusals.DEFAULT);
        assertThat(OverridableRefusals.normalise(List.of("numbing-required", "depth-out-of-range")))
                .containsExactly("depth-out-of-range", "numbing-required");
        assertThat(OverridableRefusals.normalise(List.of())).isEmpty();
        assertThat(OverridableRefusals.DEFAULT).doesNotContainAnyElementsOf(OverridableRefusals.NEVER);
    }

    // --- All together

    @Test
    void rulesStaySilentWhenTheirInputsAreMissingAndLeaveThatToBeanValidation() {
        ProtocolFields empty = new ProtocolFields(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        for (ProtocolRule rule : ProtocolRules.ALL) {
            if (rule.check(empty).isEmpty()) {
                continue;
            }
            // The one rule with nothing to go on that still speaks: no contraindications at all is a decision.
            assertThat(rule.check(empty)).extracting(RuleViolation::field).containsExactly("contraindicationRules");
        }
        ProtocolFields nullElements = aProtocol()
                .with("treatmentAreas", list((Object) null))
                .with("depthLimits", list(object("area", null)))
                .with("contraindicationRules", list(object("effect", "BLOCK")))
                .fields();
        assertThat(ProtocolRules.violations(nullElements)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedOrderedByField() {
        ProtocolBuilder broken = aHomeProtocol()
                .with("depthLimits[1].minMm", 0.5).with("depthLimits[1].maxMm", 0.25)
                .with("spacingDays.min", 60).with("spacingDays.max", 30)
                .with("numbing", object("policy", "OPTIONAL"));
        assertThat(ProtocolRules.violations(broken.fields())).extracting(RuleViolation::field).containsExactly(
                "depthLimits[1].maxMm", "numbing.agent", "numbing.minimumDwellMinutes", "spacingDays.max");
    }
}
