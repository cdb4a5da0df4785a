package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import care.needlepoint.treatments.protocol.api.ContraindicationRuleFields;
import care.needlepoint.treatments.protocol.api.DepthLimitFields;
import care.needlepoint.treatments.protocol.api.HomeStepFields;
import care.needlepoint.treatments.protocol.api.Numbing;
import care.needlepoint.treatments.protocol.api.ProtocolFields;

/**
 * Reads a valid request (bean validation and {@link ProtocolRules} passed) as the definition it stores: text
 * stripped, millimetres at scale 2 as the database keeps them, absent lists empty, contraindication rules resolved
 * from the preset. So an edit that sends what is stored yields an equal definition.
 */
public final class ProtocolDefinitions {

    private ProtocolDefinitions() {
    }

    public static ProtocolDefinition from(ProtocolFields fields) {
        Numbing numbing = fields.numbing();
        return new ProtocolDefinition(
                fields.name().strip(),
                fields.summary().strip(),
                fields.indication(),
                fields.setting(),
                fields.treatmentAreas(),
                map(fields.depthLimits(), ProtocolDefinitions::depthLimit),
                new NumbingPlan(numbing.policy(), millimetres(numbing.requiredAboveDepthMm()),
                        numbing.agent() == null ? null : numbing.agent().strip(), numbing.minimumDwellMinutes()),
                fields.procedureMinutes(),
                new SessionPlan(fields.sessions().defaultCount(), fields.sessions().min(), fields.sessions().max()),
                new DayRange(fields.spacingDays().min(), fields.spacingDays().max()),
                fields.maintenanceIntervalMonths() == null ? null
                        : new MonthRange(fields.maintenanceIntervalMonths().min(),
                                fields.maintenanceIntervalMonths().max()),
                map(fields.aftercare(), String::strip),
                map(fields.serums(), String::strip),
                fields.contraindicationPreset(),
                ContraindicationPreset.resolve(fields.contraindicationPreset(),
                        map(fields.contraindicationRules(), ProtocolDefinitions::rule)),
                map(fields.homeProgression(), ProtocolDefinitions::homeStep),
                OverridableRefusals.normalise(fields.overridableRefusals()));
    }

    private static DepthLimit depthLimit(DepthLimitFields limit) {
        return new DepthLimit(limit.area(), limit.deviceType(), millimetres(limit.minMm()),
                millimetres(limit.maxMm()));
    }

    private static ContraindicationRule rule(ContraindicationRuleFields rule) {
        return new ContraindicationRule(rule.item(), rule.effect(), rule.windowDays(), rule.windowMonths(),
                rule.onlyAtTreatedArea());
    }

    private static HomeStep homeStep(HomeStepFields step) {
        return new HomeStep(millimetres(step.depthMm()),
                new DayRange(step.intervalDays().min(), step.intervalDays().max()), step.minWeeksBeforeNextStep(),
                step.requiresPractitionerApproval());
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> mapping) {
        return list == null ? List.of() : list.stream().map(mapping).toList();
    }

    /** Bean validation allows at most two decimal places, so this never rounds. */
    private static BigDecimal millimetres(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
