package care.needlepoint.treatments.protocol.domain;

import static care.needlepoint.treatments.support.ProtocolBuilder.aHomeProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.needlepoint.treatments.protocol.api.ProtocolFields;

/** The cross-field rules of a protocol, one by one: plain JUnit, no Quarkus, no database. */
class ProtocolRulesTest {

    private static void assertRejected(Optional<RuleViolation> outcome, String field, String messagePart) {
        assertThat(outcome).hasValueSatisfying(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.message()).contains(messagePart);
        });
    }

    @Test
    void theDefaultProtocolsKeepEveryRule() {
        assertThat(ProtocolRules.violations(aProtocol().fields())).isEmpty();
        assertThat(ProtocolRules.violations(aHomeProtocol().fields())).isEmpty();
    }

    @Test
    void needleDepthMinMustNotExceedMax() {
        assertRejected(ProtocolRules.needleDepthRangeIsOrdered(
                aProtocol().with("needleDepthMm.min", 1.5).with("needleDepthMm.max", 1.25).fields()),
                "needleDepthMm.max", "needleDepthMm.min (1.5)");
        assertThat(ProtocolRules.needleDepthRangeIsOrdered(
                aProtocol().with("needleDepthMm.min", 1.5).with("needleDepthMm.max", 1.50).fields())).isEmpty();
    }

    @Test
    void aHomeProtocolStaysAtOrBelowHalfAMillimetre() {
        assertRejected(ProtocolRules.homeNeedleDepthIsShallow(aHomeProtocol().with("needleDepthMm.max", 0.51).fields()),
                "needleDepthMm.max", "HOME");
        assertThat(ProtocolRules.homeNeedleDepthIsShallow(aHomeProtocol().with("needleDepthMm.max", 0.5).fields()))
                .isEmpty();
        // The same depth in a clinic is fine.
        assertThat(ProtocolRules.homeNeedleDepthIsShallow(aProtocol().with("needleDepthMm.max", 2.5).fields()))
                .isEmpty();
    }

    @Test
    void requiredNumbingNeedsADwellTime() {
        assertRejected(ProtocolRules.requiredNumbingHasDwellTime(
                aProtocol().with("numbing.policy", "REQUIRED").without("numbing.minimumDwellMinutes").fields()),
                "numbing.minimumDwellMinutes", "REQUIRED");
        assertThat(ProtocolRules.requiredNumbingHasDwellTime(
                aProtocol().with("numbing.policy", "OPTIONAL").without("numbing.minimumDwellMinutes").fields()))
                .isEmpty();
        assertThat(ProtocolRules.requiredNumbingHasDwellTime(
                aProtocol().with("numbing.policy", "REQUIRED").with("numbing.minimumDwellMinutes", 0).fields()))
                .isEmpty();
    }

    @Test
    void noNumbingHasNoDwellTime() {
        assertRejected(ProtocolRules.noNumbingHasNoDwellTime(
                aProtocol().with("numbing.policy", "NONE").with("numbing.minimumDwellMinutes", 20).fields()),
                "numbing.minimumDwellMinutes", "NONE");
        assertThat(ProtocolRules.noNumbingHasNoDwellTime(
                aProtocol().with("numbing.policy", "OPTIONAL").with("numbing.minimumDwellMinutes", 20).fields()))
                .isEmpty();
    }

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
    void aMissingDefaultIsLeftToBeanValidation() {
        assertThat(ProtocolRules.defaultSessionsAreWithinRange(aProtocol().without("sessions.default").fields()))
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

    @Test
    void rulesStaySilentWhenTheirInputsAreMissingAndLeaveThatToBeanValidation() {
        ProtocolFields empty = new ProtocolFields(null, null, null, null, null, null, null, null, null, null, null,
                null);
        for (ProtocolRule rule : ProtocolRules.ALL) {
            assertThat(rule.check(empty)).isEmpty();
        }
    }

    @Test
    void everyBrokenRuleIsReportedOrderedByField() {
        ProtocolFields broken = aHomeProtocol()
                .with("needleDepthMm.min", 0.75).with("needleDepthMm.max", 0.6)
                .with("spacingDays.min", 60).with("spacingDays.max", 30)
                .with("numbing", Map.of("policy", "REQUIRED"))
                .fields();
        assertThat(ProtocolRules.violations(broken)).extracting(RuleViolation::field).containsExactly(
                "needleDepthMm.max", "needleDepthMm.max", "numbing.minimumDwellMinutes", "spacingDays.max");
    }
}
