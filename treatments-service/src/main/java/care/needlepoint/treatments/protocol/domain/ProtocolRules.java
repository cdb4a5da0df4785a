package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import care.needlepoint.treatments.protocol.api.MaintenanceInterval;
import care.needlepoint.treatments.protocol.api.NeedleDepthRange;
import care.needlepoint.treatments.protocol.api.Numbing;
import care.needlepoint.treatments.protocol.api.ProtocolFields;
import care.needlepoint.treatments.protocol.api.SessionCount;
import care.needlepoint.treatments.protocol.api.SpacingDays;

/**
 * The rules that relate a protocol's fields to each other, one small named check each. Bean validation has already
 * checked every field on its own (presence, bounds); a rule whose inputs are missing stays silent and leaves the
 * answer to it. Each rule is pure and can be tested without Quarkus; V2__protocol.sql repeats them as CHECK
 * constraints.
 */
public final class ProtocolRules {

    /**
     * Home devices stay at or below this needle length; deeper needling is for practitioners in a clinic. (0.75 mm for
     * advanced users with a practitioner's approval is a decision about one client, not a protocol.)
     */
    public static final BigDecimal HOME_MAX_NEEDLE_DEPTH_MM = new BigDecimal("0.50");

    /** Every rule, in the order their violations are reported. */
    public static final List<ProtocolRule> ALL = List.of(
            ProtocolRules::needleDepthRangeIsOrdered,
            ProtocolRules::homeNeedleDepthIsShallow,
            ProtocolRules::requiredNumbingHasDwellTime,
            ProtocolRules::noNumbingHasNoDwellTime,
            ProtocolRules::sessionRangeIsOrdered,
            ProtocolRules::defaultSessionsAreWithinRange,
            ProtocolRules::spacingRangeIsOrdered,
            ProtocolRules::maintenanceRangeIsOrdered);

    private ProtocolRules() {
    }

    /** Every rule the protocol breaks, ordered by field; empty when it keeps them all. */
    public static List<RuleViolation> violations(ProtocolFields protocol) {
        return ALL.stream().map(rule -> rule.check(protocol)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(RuleViolation::field).thenComparing(RuleViolation::message))
                .toList();
    }

    public static Optional<RuleViolation> needleDepthRangeIsOrdered(ProtocolFields protocol) {
        NeedleDepthRange depth = protocol.needleDepthMm();
        if (depth == null || depth.min() == null || depth.max() == null || depth.min().compareTo(depth.max()) <= 0) {
            return Optional.empty();
        }
        return rejected("needleDepthMm.max",
                "must not be below needleDepthMm.min (" + depth.min().toPlainString() + ")");
    }

    public static Optional<RuleViolation> homeNeedleDepthIsShallow(ProtocolFields protocol) {
        NeedleDepthRange depth = protocol.needleDepthMm();
        if (protocol.setting() != TreatmentSetting.HOME || depth == null || depth.max() == null
                || depth.max().compareTo(HOME_MAX_NEEDLE_DEPTH_MM) <= 0) {
            return Optional.empty();
        }
        return rejected("needleDepthMm.max", "must be at most " + HOME_MAX_NEEDLE_DEPTH_MM.toPlainString()
                + " for a HOME protocol: home devices stay at or below 0.5 mm");
    }

    public static Optional<RuleViolation> requiredNumbingHasDwellTime(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() != NumbingPolicy.REQUIRED || numbing.minimumDwellMinutes() != null) {
            return Optional.empty();
        }
        return rejected("numbing.minimumDwellMinutes", "is required when numbing.policy is REQUIRED: "
                + "the anaesthetic's dwell time is part of the appointment");
    }

    public static Optional<RuleViolation> noNumbingHasNoDwellTime(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() != NumbingPolicy.NONE || numbing.minimumDwellMinutes() == null) {
            return Optional.empty();
        }
        return rejected("numbing.minimumDwellMinutes", "must be left out when numbing.policy is NONE");
    }

    public static Optional<RuleViolation> sessionRangeIsOrdered(ProtocolFields protocol) {
        SessionCount sessions = protocol.sessions();
        if (sessions == null || !inverted(sessions.min(), sessions.max())) {
            return Optional.empty();
        }
        return rejected("sessions.max", "must not be below sessions.min (" + sessions.min() + ")");
    }

    /** Within an inverted range it stays silent; {@link #sessionRangeIsOrdered} reports that. */
    public static Optional<RuleViolation> defaultSessionsAreWithinRange(ProtocolFields protocol) {
        SessionCount sessions = protocol.sessions();
        if (sessions == null || sessions.defaultCount() == null || sessions.min() == null || sessions.max() == null
                || inverted(sessions.min(), sessions.max())
                || (sessions.min() <= sessions.defaultCount() && sessions.defaultCount() <= sessions.max())) {
            return Optional.empty();
        }
        return rejected("sessions.default", "must be from sessions.min (" + sessions.min() + ") to sessions.max ("
                + sessions.max() + ")");
    }

    public static Optional<RuleViolation> spacingRangeIsOrdered(ProtocolFields protocol) {
        SpacingDays spacing = protocol.spacingDays();
        if (spacing == null || !inverted(spacing.min(), spacing.max())) {
            return Optional.empty();
        }
        return rejected("spacingDays.max", "must not be below spacingDays.min (" + spacing.min() + ")");
    }

    public static Optional<RuleViolation> maintenanceRangeIsOrdered(ProtocolFields protocol) {
        MaintenanceInterval maintenance = protocol.maintenanceIntervalMonths();
        if (maintenance == null || !inverted(maintenance.min(), maintenance.max())) {
            return Optional.empty();
        }
        return rejected("maintenanceIntervalMonths.max",
                "must not be below maintenanceIntervalMonths.min (" + maintenance.min() + ")");
    }

    private static boolean inverted(Integer min, Integer max) {
        return min != null && max != null && min > max;
    }

    private static Optional<RuleViolation> rejected(String field, String message) {
        return Optional.of(new RuleViolation(field, message));
    }
}
