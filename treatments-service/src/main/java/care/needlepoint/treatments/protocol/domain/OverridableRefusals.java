package care.needlepoint.treatments.protocol.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The charting refusals a protocol may let a practitioner override with a written reason. They live here, not with
 * the charting policies, because a protocol says which of them it allows; session charting reads them from the
 * course's protocol version.
 */
public final class OverridableRefusals {

    /**
     * Every code a protocol may list, in the order a protocol stores and shows them: clinical judgement about depth,
     * progression and numbing. Also what a protocol allows when it does not say. V6__protocol_overridable_refusals.sql
     * repeats this list as a CHECK.
     */
    public static final List<String> DEFAULT = List.of("depth-out-of-range", "depth-step-exceeded",
            "home-depth-needs-approval", "numbing-dwell-too-short", "numbing-required");

    /**
     * Refusals no protocol can make overridable: a home depth of 1.00 mm or more, a depth the protocol has no limit
     * for, a missing or expired screening, a missing consent, a client who is not bookable or unknown. BLOCK
     * contraindications ({@code contraindication.*}) never are either. Named so that a 400 can say why.
     */
    public static final Set<String> NEVER = Set.of("home-depth-never", "no-depth-limit", "screening-missing",
            "screening-expired", "consent-missing", "client-not-bookable", "client-unknown");

    private OverridableRefusals() {
    }

    /**
     * The codes as stored: absent means {@link #DEFAULT}; otherwise the given codes in {@link #DEFAULT}'s order, so
     * that the same set always makes an equal definition. Call it only on a list that passed {@link ProtocolRules}.
     */
    public static List<String> normalise(List<String> codes) {
        if (codes == null) {
            return DEFAULT;
        }
        List<String> normalised = new ArrayList<>();
        DEFAULT.stream().filter(codes::contains).forEach(normalised::add);
        return List.copyOf(normalised);
    }

    /** Whether a protocol may list this code. */
    public static boolean canBeOverridable(String code) {
        return DEFAULT.contains(code);
    }
}
