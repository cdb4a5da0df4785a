package care.needlepoint.treatments.session.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import care.needlepoint.treatments.protocol.domain.DepthLimit;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;

/**
 * Each area's depth must lie within the protocol's limit for that area and device. Outside it is overridable with a
 * reason (clinical judgement); a device the protocol has no limit for on that area is not, because nothing says what
 * would be safe.
 */
public final class DepthRangePolicy {

    private DepthRangePolicy() {
    }

    public static List<Refusal> check(ProtocolDefinition protocol, List<ChartedArea> areas) {
        List<Refusal> refusals = new ArrayList<>();
        for (ChartedArea charted : areas) {
            Optional<DepthLimit> limit = protocol.depthLimit(charted.area(), charted.deviceType());
            if (limit.isEmpty()) {
                refusals.add(Refusal.absolute(Refusal.NO_DEPTH_LIMIT, charted.area(), "The protocol has no depth "
                        + "limit for " + charted.area() + " with " + charted.deviceType() + "."));
            } else if (!limit.get().allows(charted.depthMm())) {
                refusals.add(Refusal.overridable(Refusal.DEPTH_OUT_OF_RANGE, charted.area(), charted.depthMm()
                        + " mm on " + charted.area() + " with " + charted.deviceType() + " is outside the protocol's "
                        + limit.get().minMm() + "-" + limit.get().maxMm() + " mm."));
            }
        }
        return refusals;
    }
}
