package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;

/**
 * A protocol's topical anaesthetic: the policy, the depth above which it is required (REQUIRED_ABOVE_DEPTH only), the
 * agent and the minimum dwell time (both absent with NONE). Scheduling books the dwell time as room time before the
 * procedure.
 */
public record NumbingPlan(NumbingPolicy policy, BigDecimal requiredAboveDepthMm, String agent,
        Integer minimumDwellMinutes) {

    public static final NumbingPlan NONE = new NumbingPlan(NumbingPolicy.NONE, null, null, null);

    /** Whether a session at this depth must be numbed first. */
    public boolean requiredAt(BigDecimal depthMm) {
        return policy == NumbingPolicy.REQUIRED_ABOVE_DEPTH && depthMm.compareTo(requiredAboveDepthMm) > 0;
    }
}
