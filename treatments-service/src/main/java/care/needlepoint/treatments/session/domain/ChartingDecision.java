package care.needlepoint.treatments.session.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import care.needlepoint.treatments.protocol.domain.BodyArea;

/**
 * Combines the charting policies' refusals with what the request says about them: overrides (code, optional area,
 * written reason) and acknowledged warnings (codes). Pure. A session may be charted only when nothing remains.
 *
 * @param remaining      refusals nothing resolved: the 422's reasons
 * @param applied        the overrides that resolved an overridable refusal: stored with the session
 * @param acknowledged   the warning codes that were acknowledged and applied: stored with the session
 * @param unmatched      positions of requested overrides that name no refusal of this session (a 400: an override
 *                       of nothing must not be stored)
 */
public record ChartingDecision(List<Refusal> remaining, List<RequestedOverride> applied, List<String> acknowledged,
        List<Integer> unmatched) {

    /** An override as requested. */
    public record RequestedOverride(String code, BodyArea area, String reason) {
    }

    public boolean allowed() {
        return remaining.isEmpty() && unmatched.isEmpty();
    }

    /** With every overridable refusal open to an override (a protocol that does not restrict them). */
    public static ChartingDecision decide(List<Refusal> refusals, List<RequestedOverride> overrides,
            Set<String> acknowledgedWarnings) {
        return decide(refusals, overrides, acknowledgedWarnings, Refusal.OVERRIDABLE);
    }

    /**
     * @param overridableByProtocol the codes the course's protocol version lets a practitioner override; an
     *                              overridable refusal whose code is not among them cannot be resolved, and an
     *                              override of it is not applied (the 422 lists the refusal with resolution NONE)
     */
    public static ChartingDecision decide(List<Refusal> policyRefusals, List<RequestedOverride> overrides,
            Set<String> acknowledgedWarnings, Set<String> overridableByProtocol) {
        List<Refusal> refusals = policyRefusals.stream()
                .map(refusal -> refusal.withoutOverrideUnless(overridableByProtocol)).toList();
        List<Refusal> remaining = new ArrayList<>();
        List<String> acknowledged = new ArrayList<>();
        for (Refusal refusal : refusals) {
            boolean resolved = switch (refusal.resolution()) {
                case OVERRIDE -> overrides.stream().anyMatch(o -> refusal.matches(o.code(), o.area()));
                case ACKNOWLEDGE -> acknowledgedWarnings.contains(refusal.code());
                case NONE -> false;
            };
            if (!resolved) {
                remaining.add(refusal);
            } else if (refusal.resolution() == Refusal.Resolution.ACKNOWLEDGE
                    && !acknowledged.contains(refusal.code())) {
                acknowledged.add(refusal.code());
            }
        }
        List<RequestedOverride> applied = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            RequestedOverride requested = overrides.get(i);
            boolean used = refusals.stream().anyMatch(r -> r.resolution() == Refusal.Resolution.OVERRIDE
                    && r.matches(requested.code(), requested.area()));
            if (used) {
                applied.add(requested);
            } else if (refusals.stream().noneMatch(r -> r.matches(requested.code(), requested.area()))) {
                unmatched.add(i);
            }
        }
        return new ChartingDecision(List.copyOf(remaining), List.copyOf(applied), List.copyOf(acknowledged),
                List.copyOf(unmatched));
    }
}
