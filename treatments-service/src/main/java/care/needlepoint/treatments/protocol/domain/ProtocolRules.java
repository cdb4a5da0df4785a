package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import care.needlepoint.treatments.protocol.api.DepthLimitFields;
import care.needlepoint.treatments.protocol.api.HomeStepFields;
import care.needlepoint.treatments.protocol.api.MaintenanceInterval;
import care.needlepoint.treatments.protocol.api.Numbing;
import care.needlepoint.treatments.protocol.api.ProtocolFields;
import care.needlepoint.treatments.protocol.api.SessionCount;
import care.needlepoint.treatments.protocol.api.SpacingDays;

/**
 * The rules that relate a protocol's fields to each other, one small named check each, naming the JSON field to fix
 * ({@code depthLimits[2].maxMm}). Bean validation has already checked every field on its own (presence, bounds); a
 * rule whose inputs are missing stays silent and leaves the answer to it. Each rule is pure and tested without
 * Quarkus; V3__protocol_versions.sql repeats the important ones as CHECK constraints.
 */
public final class ProtocolRules {

    /** Home needling stays at or below this needle length, so it never comes near 1.00 mm (professionals only). */
    public static final BigDecimal HOME_MAX_DEPTH_MM = new BigDecimal("0.75");

    /** Home steps deeper than this need a practitioner's approval. */
    public static final BigDecimal HOME_UNAPPROVED_MAX_DEPTH_MM = new BigDecimal("0.50");

    /** Every rule, in a fixed order; their violations are reported ordered by field. */
    public static final List<ProtocolRule> ALL = List.of(
            ProtocolRules::treatmentAreasAreDistinct,
            ProtocolRules::depthLimitRangesAreOrdered,
            ProtocolRules::depthLimitsAreDistinct,
            ProtocolRules::depthLimitsAreForTreatmentAreas,
            ProtocolRules::everyTreatmentAreaHasADepthLimit,
            ProtocolRules::homeDepthLimitsStayShallow,
            ProtocolRules::thresholdNumbingNamesItsDepth,
            ProtocolRules::onlyThresholdNumbingNamesADepth,
            ProtocolRules::numbingThresholdIsWithinReach,
            ProtocolRules::anaestheticIsNamed,
            ProtocolRules::anaestheticHasADwellTime,
            ProtocolRules::noNumbingHasNoAnaesthetic,
            ProtocolRules::sessionRangeIsOrdered,
            ProtocolRules::defaultSessionsAreWithinRange,
            ProtocolRules::spacingRangeIsOrdered,
            ProtocolRules::maintenanceRangeIsOrdered,
            ProtocolRules::contraindicationsAreDeclared,
            ProtocolRules::contraindicationItemsAreDistinct,
            ProtocolRules::datedItemsHaveOneWindow,
            ProtocolRules::undatedItemsHaveNoWindow,
            ProtocolRules::siteConditionsSayWhereTheyCount,
            ProtocolRules::otherItemsHaveNoSiteScope,
            ProtocolRules::homeProtocolHasAProgression,
            ProtocolRules::clinicProtocolHasNoHomeProgression,
            ProtocolRules::homeStepsGetDeeper,
            ProtocolRules::deepHomeStepsNeedApproval,
            ProtocolRules::homeStepsStayWithinDepthLimits,
            ProtocolRules::homeStepIntervalsAreOrdered,
            ProtocolRules::lastHomeStepHasNoNextStepWait,
            ProtocolRules::overridableRefusalsCanBeOverridden,
            ProtocolRules::overridableRefusalsAreDistinct);

    private ProtocolRules() {
    }

    /** Every rule the protocol breaks, ordered by field; empty when it keeps them all. */
    public static List<RuleViolation> violations(ProtocolFields protocol) {
        return ALL.stream().flatMap(rule -> rule.check(protocol).stream())
                .sorted(Comparator.comparing(RuleViolation::field).thenComparing(RuleViolation::message))
                .toList();
    }

    // --- Treatment areas and depth limits

    public static List<RuleViolation> treatmentAreasAreDistinct(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        Map<BodyArea, Integer> first = new HashMap<>();
        forEach(protocol.treatmentAreas(), (index, area) -> {
            Integer earlier = first.putIfAbsent(area, index);
            if (earlier != null) {
                found.add(violation("treatmentAreas[" + index + "]",
                        "repeats " + area + " of treatmentAreas[" + earlier + "]; name each area once"));
            }
        });
        return found;
    }

    public static List<RuleViolation> depthLimitRangesAreOrdered(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.depthLimits(), (index, limit) -> {
            if (limit.minMm() != null && limit.maxMm() != null && limit.minMm().compareTo(limit.maxMm()) > 0) {
                found.add(violation("depthLimits[" + index + "].maxMm",
                        "must not be below depthLimits[" + index + "].minMm (" + limit.minMm().toPlainString() + ")"));
            }
        });
        return found;
    }

    public static List<RuleViolation> depthLimitsAreDistinct(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        Map<List<Object>, Integer> first = new HashMap<>();
        forEach(protocol.depthLimits(), (index, limit) -> {
            if (limit.area() == null || limit.deviceType() == null) {
                return;
            }
            Integer earlier = first.putIfAbsent(List.of(limit.area(), limit.deviceType()), index);
            if (earlier != null) {
                found.add(violation("depthLimits[" + index + "]", "repeats " + limit.area() + " with "
                        + limit.deviceType() + " of depthLimits[" + earlier + "]; one limit per area and device"));
            }
        });
        return found;
    }

    public static List<RuleViolation> depthLimitsAreForTreatmentAreas(ProtocolFields protocol) {
        if (protocol.treatmentAreas() == null) {
            return List.of();
        }
        Set<BodyArea> treated = Set.copyOf(protocol.treatmentAreas().stream().filter(Objects::nonNull).toList());
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.depthLimits(), (index, limit) -> {
            if (limit.area() != null && !treated.contains(limit.area())) {
                found.add(violation("depthLimits[" + index + "].area",
                        "must be one of treatmentAreas; " + limit.area() + " is not"));
            }
        });
        return found;
    }

    public static List<RuleViolation> everyTreatmentAreaHasADepthLimit(ProtocolFields protocol) {
        if (protocol.depthLimits() == null) {
            return List.of();
        }
        Set<BodyArea> limited = protocol.depthLimits().stream().filter(Objects::nonNull).map(DepthLimitFields::area)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.treatmentAreas(), (index, area) -> {
            if (!limited.contains(area)) {
                found.add(violation("treatmentAreas[" + index + "]",
                        "has no depth limit; add one to depthLimits for " + area));
            }
        });
        return found;
    }

    public static List<RuleViolation> homeDepthLimitsStayShallow(ProtocolFields protocol) {
        if (protocol.setting() != TreatmentSetting.HOME) {
            return List.of();
        }
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.depthLimits(), (index, limit) -> {
            if (limit.maxMm() != null && limit.maxMm().compareTo(HOME_MAX_DEPTH_MM) > 0) {
                found.add(violation("depthLimits[" + index + "].maxMm", "must be at most "
                        + HOME_MAX_DEPTH_MM.toPlainString() + " for a HOME protocol: home needling stays at or below "
                        + "0.75 mm and never reaches 1.00 mm"));
            }
        });
        return found;
    }

    // --- Numbing

    public static List<RuleViolation> thresholdNumbingNamesItsDepth(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() != NumbingPolicy.REQUIRED_ABOVE_DEPTH
                || numbing.requiredAboveDepthMm() != null) {
            return List.of();
        }
        return rejected("numbing.requiredAboveDepthMm", "is required when numbing.policy is REQUIRED_ABOVE_DEPTH");
    }

    public static List<RuleViolation> onlyThresholdNumbingNamesADepth(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() == null || numbing.policy() == NumbingPolicy.REQUIRED_ABOVE_DEPTH
                || numbing.requiredAboveDepthMm() == null) {
            return List.of();
        }
        return rejected("numbing.requiredAboveDepthMm",
                "must be left out unless numbing.policy is REQUIRED_ABOVE_DEPTH");
    }

    /** A threshold at or above every depth limit would never apply: that protocol's numbing is OPTIONAL. */
    public static List<RuleViolation> numbingThresholdIsWithinReach(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() != NumbingPolicy.REQUIRED_ABOVE_DEPTH
                || numbing.requiredAboveDepthMm() == null) {
            return List.of();
        }
        Optional<BigDecimal> deepest = depthLimits(protocol).map(DepthLimitFields::maxMm).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (deepest.isEmpty() || numbing.requiredAboveDepthMm().compareTo(deepest.get()) < 0) {
            return List.of();
        }
        return rejected("numbing.requiredAboveDepthMm", "must be below the deepest depth limit ("
                + deepest.get().toPlainString() + " mm), or numbing would never be required; use OPTIONAL instead");
    }

    public static List<RuleViolation> anaestheticIsNamed(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() == null || numbing.policy() == NumbingPolicy.NONE
                || numbing.agent() != null) {
            return List.of();
        }
        return rejected("numbing.agent", "is required when numbing.policy is " + numbing.policy());
    }

    public static List<RuleViolation> anaestheticHasADwellTime(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() == null || numbing.policy() == NumbingPolicy.NONE
                || numbing.minimumDwellMinutes() != null) {
            return List.of();
        }
        return rejected("numbing.minimumDwellMinutes", "is required when numbing.policy is " + numbing.policy()
                + ": the anaesthetic's dwell time is part of the appointment");
    }

    public static List<RuleViolation> noNumbingHasNoAnaesthetic(ProtocolFields protocol) {
        Numbing numbing = protocol.numbing();
        if (numbing == null || numbing.policy() != NumbingPolicy.NONE) {
            return List.of();
        }
        List<RuleViolation> found = new ArrayList<>();
        if (numbing.agent() != null) {
            found.add(violation("numbing.agent", "must be left out when numbing.policy is NONE"));
        }
        if (numbing.minimumDwellMinutes() != null) {
            found.add(violation("numbing.minimumDwellMinutes", "must be left out when numbing.policy is NONE"));
        }
        return found;
    }

    // --- Sessions, spacing, maintenance

    public static List<RuleViolation> sessionRangeIsOrdered(ProtocolFields protocol) {
        SessionCount sessions = protocol.sessions();
        if (sessions == null || !inverted(sessions.min(), sessions.max())) {
            return List.of();
        }
        return rejected("sessions.max", "must not be below sessions.min (" + sessions.min() + ")");
    }

    /** Within an inverted range it stays silent; {@link #sessionRangeIsOrdered} reports that. */
    public static List<RuleViolation> defaultSessionsAreWithinRange(ProtocolFields protocol) {
        SessionCount sessions = protocol.sessions();
        if (sessions == null || sessions.defaultCount() == null || sessions.min() == null || sessions.max() == null
                || inverted(sessions.min(), sessions.max())
                || (sessions.min() <= sessions.defaultCount() && sessions.defaultCount() <= sessions.max())) {
            return List.of();
        }
        return rejected("sessions.default", "must be from sessions.min (" + sessions.min() + ") to sessions.max ("
                + sessions.max() + ")");
    }

    public static List<RuleViolation> spacingRangeIsOrdered(ProtocolFields protocol) {
        SpacingDays spacing = protocol.spacingDays();
        if (spacing == null || !inverted(spacing.min(), spacing.max())) {
            return List.of();
        }
        return rejected("spacingDays.max", "must not be below spacingDays.min (" + spacing.min() + ")");
    }

    public static List<RuleViolation> maintenanceRangeIsOrdered(ProtocolFields protocol) {
        MaintenanceInterval maintenance = protocol.maintenanceIntervalMonths();
        if (maintenance == null || !inverted(maintenance.min(), maintenance.max())) {
            return List.of();
        }
        return rejected("maintenanceIntervalMonths.max",
                "must not be below maintenanceIntervalMonths.min (" + maintenance.min() + ")");
    }

    // --- Contraindication rules

    /** A protocol without any contraindication rule would pass every client: that must be a choice, not an omission. */
    public static List<RuleViolation> contraindicationsAreDeclared(ProtocolFields protocol) {
        if (protocol.contraindicationPreset() != null
                || (protocol.contraindicationRules() != null && !protocol.contraindicationRules().isEmpty())) {
            return List.of();
        }
        return rejected("contraindicationRules", "must list at least one rule when no contraindicationPreset is "
                + "given, e.g. send \"contraindicationPreset\": \"CLINIC_DEFAULT\"");
    }

    public static List<RuleViolation> contraindicationItemsAreDistinct(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        Map<ScreeningItem, Integer> first = new HashMap<>();
        forEach(protocol.contraindicationRules(), (index, rule) -> {
            if (rule.item() == null) {
                return;
            }
            Integer earlier = first.putIfAbsent(rule.item(), index);
            if (earlier != null) {
                found.add(violation("contraindicationRules[" + index + "].item", "repeats " + rule.item()
                        + " of contraindicationRules[" + earlier + "]; one rule per screening item"));
            }
        });
        return found;
    }

    public static List<RuleViolation> datedItemsHaveOneWindow(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.contraindicationRules(), (index, rule) -> {
            if (rule.item() == null || !rule.item().isDated()) {
                return;
            }
            String field = "contraindicationRules[" + index + "].windowDays";
            if (rule.windowDays() == null && rule.windowMonths() == null) {
                found.add(violation(field, "is required for " + rule.item()
                        + ", a dated item: give windowDays or windowMonths"));
            } else if (rule.windowDays() != null && rule.windowMonths() != null) {
                found.add(violation(field, "must not be given together with windowMonths; give one window"));
            }
        });
        return found;
    }

    public static List<RuleViolation> undatedItemsHaveNoWindow(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.contraindicationRules(), (index, rule) -> {
            if (rule.item() == null || rule.item().isDated()) {
                return;
            }
            String because = "must be left out for " + rule.item() + ", which has no date";
            if (rule.windowDays() != null) {
                found.add(violation("contraindicationRules[" + index + "].windowDays", because));
            }
            if (rule.windowMonths() != null) {
                found.add(violation("contraindicationRules[" + index + "].windowMonths", because));
            }
        });
        return found;
    }

    public static List<RuleViolation> siteConditionsSayWhereTheyCount(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.contraindicationRules(), (index, rule) -> {
            if (rule.item() != null && rule.item().isSiteCondition() && rule.onlyAtTreatedArea() == null) {
                found.add(violation("contraindicationRules[" + index + "].onlyAtTreatedArea", "is required for "
                        + rule.item() + ", a site condition: true counts it only at a treated area"));
            }
        });
        return found;
    }

    public static List<RuleViolation> otherItemsHaveNoSiteScope(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.contraindicationRules(), (index, rule) -> {
            if (rule.item() != null && !rule.item().isSiteCondition() && rule.onlyAtTreatedArea() != null) {
                found.add(violation("contraindicationRules[" + index + "].onlyAtTreatedArea", "must be left out for "
                        + rule.item() + ", which is not a site condition"));
            }
        });
        return found;
    }

    // --- Home progression

    public static List<RuleViolation> homeProtocolHasAProgression(ProtocolFields protocol) {
        if (protocol.setting() != TreatmentSetting.HOME || protocol.homeProgression() != null) {
            return List.of();
        }
        return rejected("homeProgression", "is required for a HOME protocol: the depths the client steps through "
                + "and how often each is used");
    }

    public static List<RuleViolation> clinicProtocolHasNoHomeProgression(ProtocolFields protocol) {
        if (protocol.setting() != TreatmentSetting.CLINIC || protocol.homeProgression() == null) {
            return List.of();
        }
        return rejected("homeProgression", "must be left out for a CLINIC protocol");
    }

    public static List<RuleViolation> homeStepsGetDeeper(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        BigDecimal[] previous = { null };
        forEach(homeSteps(protocol), (index, step) -> {
            if (step.depthMm() == null) {
                return;
            }
            if (previous[0] != null && step.depthMm().compareTo(previous[0]) <= 0) {
                found.add(violation("homeProgression[" + index + "].depthMm", "must be deeper than the step "
                        + "before (" + previous[0].toPlainString() + " mm): the progression starts shallow"));
            }
            previous[0] = step.depthMm();
        });
        return found;
    }

    public static List<RuleViolation> deepHomeStepsNeedApproval(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(homeSteps(protocol), (index, step) -> {
            if (step.depthMm() != null && step.depthMm().compareTo(HOME_UNAPPROVED_MAX_DEPTH_MM) > 0
                    && Boolean.FALSE.equals(step.requiresPractitionerApproval())) {
                found.add(violation("homeProgression[" + index + "].requiresPractitionerApproval", "must be true "
                        + "for a step deeper than " + HOME_UNAPPROVED_MAX_DEPTH_MM.toPlainString() + " mm"));
            }
        });
        return found;
    }

    public static List<RuleViolation> homeStepsStayWithinDepthLimits(ProtocolFields protocol) {
        Optional<BigDecimal> shallowest = depthLimits(protocol).map(DepthLimitFields::minMm).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        Optional<BigDecimal> deepest = depthLimits(protocol).map(DepthLimitFields::maxMm).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (shallowest.isEmpty() || deepest.isEmpty()) {
            return List.of();
        }
        List<RuleViolation> found = new ArrayList<>();
        forEach(homeSteps(protocol), (index, step) -> {
            if (step.depthMm() != null && (step.depthMm().compareTo(shallowest.get()) < 0
                    || step.depthMm().compareTo(deepest.get()) > 0)) {
                found.add(violation("homeProgression[" + index + "].depthMm", "must be within the depth limits ("
                        + shallowest.get().toPlainString() + " to " + deepest.get().toPlainString() + " mm)"));
            }
        });
        return found;
    }

    public static List<RuleViolation> homeStepIntervalsAreOrdered(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(homeSteps(protocol), (index, step) -> {
            if (step.intervalDays() != null && inverted(step.intervalDays().min(), step.intervalDays().max())) {
                found.add(violation("homeProgression[" + index + "].intervalDays.max", "must not be below "
                        + "homeProgression[" + index + "].intervalDays.min (" + step.intervalDays().min() + ")"));
            }
        });
        return found;
    }

    public static List<RuleViolation> lastHomeStepHasNoNextStepWait(ProtocolFields protocol) {
        List<HomeStepFields> steps = homeSteps(protocol);
        if (steps == null || steps.isEmpty()) {
            return List.of();
        }
        int last = steps.size() - 1;
        HomeStepFields step = steps.get(last);
        if (step == null || step.minWeeksBeforeNextStep() == null) {
            return List.of();
        }
        return rejected("homeProgression[" + last + "].minWeeksBeforeNextStep",
                "must be left out on the last step, which has no next step");
    }

    // --- Overridable refusals

    public static List<RuleViolation> overridableRefusalsCanBeOverridden(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        forEach(protocol.overridableRefusals(), (index, code) -> {
            if (OverridableRefusals.canBeOverridable(code)) {
                return;
            }
            String why = OverridableRefusals.NEVER.contains(code) || code.startsWith("contraindication.")
                    ? code + " can never be overridden"
                    : code + " is not a charting refusal code";
            found.add(violation("overridableRefusals[" + index + "]", why + "; must be one of "
                    + OverridableRefusals.DEFAULT));
        });
        return found;
    }

    public static List<RuleViolation> overridableRefusalsAreDistinct(ProtocolFields protocol) {
        List<RuleViolation> found = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        forEach(protocol.overridableRefusals(), (index, code) -> {
            Integer earlier = first.putIfAbsent(code, index);
            if (earlier != null) {
                found.add(violation("overridableRefusals[" + index + "]", "repeats " + code
                        + " of overridableRefusals[" + earlier + "]; name each code once"));
            }
        });
        return found;
    }

    // --- Helpers

    private interface IndexedConsumer<T> {
        void accept(int index, T element);
    }

    /** Calls back for each non-null element with its index; nulls are bean validation's to report. */
    private static <T> void forEach(List<T> list, IndexedConsumer<T> action) {
        if (list == null) {
            return;
        }
        for (int index = 0; index < list.size(); index++) {
            if (list.get(index) != null) {
                action.accept(index, list.get(index));
            }
        }
    }

    /**
     * The steps the home-progression rules judge: those of a HOME protocol. On a CLINIC protocol the whole field is
     * wrong ({@link #clinicProtocolHasNoHomeProgression}), so its steps are not judged one by one.
     */
    private static List<HomeStepFields> homeSteps(ProtocolFields protocol) {
        return protocol.setting() == TreatmentSetting.HOME ? protocol.homeProgression() : null;
    }

    private static Stream<DepthLimitFields> depthLimits(ProtocolFields protocol) {
        return protocol.depthLimits() == null ? Stream.empty()
                : protocol.depthLimits().stream().filter(Objects::nonNull);
    }

    private static boolean inverted(Integer min, Integer max) {
        return min != null && max != null && min > max;
    }

    private static RuleViolation violation(String field, String message) {
        return new RuleViolation(field, message);
    }

    private static List<RuleViolation> rejected(String field, String message) {
        return List.of(new RuleViolation(field, message));
    }
}
