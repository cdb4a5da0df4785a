package care.needlepoint.treatments.eligibility.domain;

import java.util.Locale;

import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/**
 * One reason a client may not (BLOCK) or may only with an acknowledgement (WARN) have a protocol.
 *
 * @param item the screening item it is about, or null for a finding about the client, screening or consent as a whole
 * @param code stable and machine-readable: {@code client-not-bookable}, {@code screening-missing},
 *             {@code screening-expired}, {@code consent-missing}, or {@code contraindication.<item in kebab case>}
 */
public record EligibilityFinding(ScreeningItem item, ContraindicationEffect effect, String code, String message) {

    public static final String CLIENT_NOT_BOOKABLE = "client-not-bookable";
    public static final String SCREENING_MISSING = "screening-missing";
    public static final String SCREENING_EXPIRED = "screening-expired";
    public static final String CONSENT_MISSING = "consent-missing";
    public static final String CONTRAINDICATION_PREFIX = "contraindication.";

    /** {@code contraindication.pregnant-or-breastfeeding} for PREGNANT_OR_BREASTFEEDING. */
    public static String contraindicationCode(ScreeningItem item) {
        return CONTRAINDICATION_PREFIX + item.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean blocks() {
        return effect == ContraindicationEffect.BLOCK;
    }
}
