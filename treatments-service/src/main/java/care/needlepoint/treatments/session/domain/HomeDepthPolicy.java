package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/**
 * Home needling stays shallow: above 0.50 mm only with a practitioner's approval, which is given as an override of
 * {@code home-depth-needs-approval} with a written reason; 1.00 mm or more never, whatever anyone says. Clinic
 * sessions are not affected.
 */
public final class HomeDepthPolicy {

    public static final BigDecimal APPROVAL_ABOVE_MM = new BigDecimal("0.50");
    public static final BigDecimal NEVER_FROM_MM = new BigDecimal("1.00");

    private HomeDepthPolicy() {
    }

    public static List<Refusal> check(TreatmentSetting setting, List<ChartedArea> areas) {
        List<Refusal> refusals = new ArrayList<>();
        if (setting != TreatmentSetting.HOME) {
            return refusals;
        }
        for (ChartedArea charted : areas) {
            if (charted.depthMm().compareTo(NEVER_FROM_MM) >= 0) {
                refusals.add(Refusal.absolute(Refusal.HOME_DEPTH_NEVER, charted.area(), charted.depthMm()
                        + " mm on " + charted.area() + ": home needling never reaches " + NEVER_FROM_MM + " mm."));
            } else if (charted.depthMm().compareTo(APPROVAL_ABOVE_MM) > 0) {
                refusals.add(Refusal.overridable(Refusal.HOME_DEPTH_NEEDS_APPROVAL, charted.area(), charted.depthMm()
                        + " mm on " + charted.area() + ": home needling above " + APPROVAL_ABOVE_MM + " mm needs a "
                        + "practitioner's approval (an override with the reason)."));
            }
        }
        return refusals;
    }
}
