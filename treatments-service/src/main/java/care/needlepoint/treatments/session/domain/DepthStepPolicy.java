package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import care.needlepoint.treatments.protocol.domain.BodyArea;

/**
 * Depth goes up gradually: at most {@code maxStep} (default 0.25 mm, needlepoint.charting.max-depth-step) above the
 * depth used on the same area at the course's previous session, or above the course's starting depth for the first
 * session. Going shallower is always allowed. Overridable with a reason.
 */
public final class DepthStepPolicy {

    private DepthStepPolicy() {
    }

    /** @param previousDepths per area, the previous session's depth (or the starting depth before any session) */
    public static List<Refusal> check(Map<BodyArea, BigDecimal> previousDepths, List<ChartedArea> areas,
            BigDecimal maxStep) {
        List<Refusal> refusals = new ArrayList<>();
        for (ChartedArea charted : areas) {
            BigDecimal previous = previousDepths.get(charted.area());
            if (previous == null) {
                continue;
            }
            BigDecimal allowed = previous.add(maxStep);
            if (charted.depthMm().compareTo(allowed) > 0) {
                refusals.add(Refusal.overridable(Refusal.DEPTH_STEP_EXCEEDED, charted.area(), charted.depthMm()
                        + " mm on " + charted.area() + " is more than " + maxStep + " mm above the previous "
                        + previous + " mm (at most " + allowed + " mm)."));
            }
        }
        return refusals;
    }
}
