package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import care.needlepoint.treatments.protocol.domain.NumbingPlan;

/**
 * When the protocol requires numbing at the session's deepest depth, an anaesthetic must have been applied and left
 * for at least the protocol's minimum dwell time. Both refusals are overridable with a reason (a client may decline
 * the anaesthetic; the practitioner judges the effect).
 */
public final class NumbingDwellPolicy {

    private NumbingDwellPolicy() {
    }

    /** @param dwellMinutes how long the anaesthetic was on, or null when none was applied */
    public static List<Refusal> check(NumbingPlan plan, List<ChartedArea> areas, Integer dwellMinutes) {
        BigDecimal deepest = areas.stream().map(ChartedArea::depthMm).max(Comparator.naturalOrder()).orElse(null);
        if (deepest == null || !plan.requiredAt(deepest)) {
            return List.of();
        }
        if (dwellMinutes == null) {
            return List.of(Refusal.overridable(Refusal.NUMBING_REQUIRED, null, "The protocol requires numbing above "
                    + plan.requiredAboveDepthMm() + " mm and this session goes to " + deepest + " mm, but no "
                    + "numbing was recorded."));
        }
        if (plan.minimumDwellMinutes() != null && dwellMinutes < plan.minimumDwellMinutes()) {
            return List.of(Refusal.overridable(Refusal.NUMBING_DWELL_TOO_SHORT, null, "The anaesthetic was on for "
                    + dwellMinutes + " minutes; the protocol requires at least " + plan.minimumDwellMinutes()
                    + "."));
        }
        return List.of();
    }
}
