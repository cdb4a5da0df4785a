package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a version of a protocol says, normalised (names stripped, depths at scale 2, contraindication rules
 * resolved from the preset). Two versions say the same when their definitions are equal, which is how an edit that
 * changes nothing is recognised. Courses, session charting and eligibility read protocols in this form.
 *
 * @param maintenanceMonths   null when the protocol has no maintenance
 * @param contraindicationPreset the preset the rules were resolved from, or null when they were all listed
 * @param homeProgression     the depth progression of a HOME protocol, in order; empty for CLINIC
 * @param overridableRefusals the charting refusal codes a practitioner may override on courses of this version, in
 *                            {@link OverridableRefusals#DEFAULT}'s order
 */
public record ProtocolDefinition(
        String name,
        String summary,
        Indication indication,
        TreatmentSetting setting,
        List<BodyArea> treatmentAreas,
        List<DepthLimit> depthLimits,
        NumbingPlan numbing,
        int procedureMinutes,
        SessionPlan sessions,
        DayRange spacingDays,
        MonthRange maintenanceMonths,
        List<String> aftercare,
        List<String> serums,
        ContraindicationPreset contraindicationPreset,
        List<ContraindicationRule> contraindicationRules,
        List<HomeStep> homeProgression,
        List<String> overridableRefusals) {

    public ProtocolDefinition {
        treatmentAreas = List.copyOf(treatmentAreas);
        depthLimits = List.copyOf(depthLimits);
        aftercare = List.copyOf(aftercare);
        serums = List.copyOf(serums);
        contraindicationRules = List.copyOf(contraindicationRules);
        homeProgression = List.copyOf(homeProgression);
        overridableRefusals = List.copyOf(overridableRefusals);
    }

    /** The allowed range on this area with this device, if the protocol treats the area with it. */
    public Optional<DepthLimit> depthLimit(BodyArea area, DeviceType deviceType) {
        return depthLimits.stream().filter(limit -> limit.area() == area && limit.deviceType() == deviceType)
                .findFirst();
    }

    /** The deepest needle length any area allows. */
    public BigDecimal deepestMm() {
        return depthLimits.stream().map(DepthLimit::maxMm).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The rule for this screening item, if the protocol has one. */
    public Optional<ContraindicationRule> contraindicationRule(ScreeningItem item) {
        return contraindicationRules.stream().filter(rule -> rule.item() == item).findFirst();
    }
}
