package care.needlepoint.treatments.session.domain;

import java.util.Set;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.OverridableRefusals;

/**
 * Why a charting rule refuses a session, for machines and people. {@code resolution} says what, if anything, lets the
 * session be charted anyway:
 * <ul>
 * <li>{@code OVERRIDE}: a practitioner's override with a written reason ({@link #OVERRIDABLE});</li>
 * <li>{@code ACKNOWLEDGE}: a WARN finding, listed in the request's {@code acknowledgedWarnings};</li>
 * <li>{@code NONE}: nothing; fix the cause (record a screening, a consent, a shallower depth, ...).</li>
 * </ul>
 *
 * @param area the treated area the refusal is about, or null when it is about the whole session
 */
public record Refusal(String code, BodyArea area, String message, Resolution resolution) {

    public enum Resolution {
        OVERRIDE,
        ACKNOWLEDGE,
        NONE
    }

    public static final String DEPTH_OUT_OF_RANGE = "depth-out-of-range";
    public static final String NO_DEPTH_LIMIT = "no-depth-limit";
    public static final String DEPTH_STEP_EXCEEDED = "depth-step-exceeded";
    public static final String HOME_DEPTH_NEEDS_APPROVAL = "home-depth-needs-approval";
    public static final String HOME_DEPTH_NEVER = "home-depth-never";
    public static final String NUMBING_REQUIRED = "numbing-required";
    public static final String NUMBING_DWELL_TOO_SHORT = "numbing-dwell-too-short";

    /**
     * What a practitioner may ever override, with a written reason: clinical judgement about depth, progression and
     * numbing; each protocol says which of these it allows ({@code overridableRefusals}, all of them by default).
     * Never: a home depth of 1.00 mm or more, a depth the protocol has no limit for at all, a missing or expired
     * screening, a missing consent, a client who is not bookable, a BLOCK contraindication. V5__session.sql repeats
     * this list as a CHECK on stored overrides.
     */
    public static final Set<String> OVERRIDABLE = Set.copyOf(OverridableRefusals.DEFAULT);

    static Refusal overridable(String code, BodyArea area, String message) {
        return new Refusal(code, area, message, Resolution.OVERRIDE);
    }

    /**
     * This refusal where the protocol does not let a practitioner override it: nothing resolves it, and its message
     * says so. Other refusals are returned as they are.
     */
    Refusal withoutOverrideUnless(Set<String> overridableByProtocol) {
        if (resolution != Resolution.OVERRIDE || overridableByProtocol.contains(code)) {
            return this;
        }
        return new Refusal(code, area, message + " This protocol does not allow overriding " + code + ".",
                Resolution.NONE);
    }

    static Refusal absolute(String code, BodyArea area, String message) {
        return new Refusal(code, area, message, Resolution.NONE);
    }

    /**
     * Whether an override names this refusal: the same code, and the same area when both name one (an override
     * without an area covers the code on every area).
     */
    public boolean matches(String otherCode, BodyArea otherArea) {
        return code.equals(otherCode) && (area == null || otherArea == null || area == otherArea);
    }
}
