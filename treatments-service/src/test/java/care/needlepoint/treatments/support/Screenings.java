package care.needlepoint.treatments.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import care.needlepoint.treatments.eligibility.domain.DatedHistory;
import care.needlepoint.treatments.eligibility.domain.InflammatorySkinCondition;
import care.needlepoint.treatments.eligibility.domain.ScreeningAnswers;
import care.needlepoint.treatments.eligibility.domain.SiteCondition;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/**
 * Builds screening answers for policy tests: all clear by default (every question answered no / absent / never),
 * then one answer at a time, or none at all with {@link #missing}.
 */
public final class Screenings {

    private final Map<ScreeningItem, Object> answers = new EnumMap<>(ScreeningItem.class);

    private Screenings() {
        for (ScreeningItem item : ScreeningItem.values()) {
            answers.put(item, switch (item.shape()) {
                case YES_NO -> Boolean.FALSE;
                case SITE_CONDITION -> SiteCondition.absent();
                case DATED_HISTORY -> DatedHistory.never();
            });
        }
    }

    /** Every question answered, and nothing stands in the way. */
    public static Screenings allClear() {
        return new Screenings();
    }

    /** Sets one answer: a Boolean, a SiteCondition or a DatedHistory by the item's shape, or null for none. */
    public Screenings with(ScreeningItem item, Object answer) {
        answers.put(item, answer);
        return this;
    }

    public Screenings missing(ScreeningItem item) {
        return with(item, null);
    }

    public ScreeningAnswers build() {
        SiteCondition inflammatory = (SiteCondition) answers.get(ScreeningItem.INFLAMMATORY_SKIN_CONDITION);
        return new ScreeningAnswers(
                (SiteCondition) answers.get(ScreeningItem.ACTIVE_ACNE_OR_INFECTION),
                (Boolean) answers.get(ScreeningItem.HERPES_SIMPLEX_HISTORY),
                (Boolean) answers.get(ScreeningItem.KELOID_OR_HYPERTROPHIC_SCARRING),
                inflammatory == null ? null : new InflammatorySkinCondition(inflammatory.present(),
                        inflammatory.areas(), Boolean.TRUE.equals(inflammatory.present())
                                ? List.of("ECZEMA") : List.of()),
                (Boolean) answers.get(ScreeningItem.ANTICOAGULANTS_OR_BLEEDING_DISORDER),
                (Boolean) answers.get(ScreeningItem.PREGNANT_OR_BREASTFEEDING),
                (Boolean) answers.get(ScreeningItem.CHEMOTHERAPY_OR_RADIOTHERAPY),
                (Boolean) answers.get(ScreeningItem.IMMUNOSUPPRESSION_OR_UNCONTROLLED_DIABETES),
                (DatedHistory) answers.get(ScreeningItem.ISOTRETINOIN),
                (DatedHistory) answers.get(ScreeningItem.CHEMICAL_PEEL),
                (DatedHistory) answers.get(ScreeningItem.LASER_TREATMENT),
                (DatedHistory) answers.get(ScreeningItem.INJECTABLES),
                (DatedHistory) answers.get(ScreeningItem.SUNBURN),
                (Boolean) answers.get(ScreeningItem.TOPICAL_ANAESTHETIC_ALLERGY),
                (Boolean) answers.get(ScreeningItem.METAL_ALLERGY));
    }
}
