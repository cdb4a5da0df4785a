package care.needlepoint.treatments.eligibility.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/**
 * A client's contraindication screening answers as treatments-service reads them: our own record of the
 * questionnaire of docs/domain.md (version 1), with its JSON field names and answer shapes, so that clients-service's
 * screening can be read into it directly. Only what the rules read; fields clients-service adds around the answers
 * (ids, notes, timestamps) are ignored rather than refused, because a provider adding a field must not break us.
 *
 * <p>The questionnaire has every answer, but this record does not rely on it: a missing answer reaches
 * {@link ContraindicationPolicy} as null and is treated as the worst case.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScreeningAnswers(
        SiteCondition activeAcneOrInfection,
        Boolean herpesSimplexHistory,
        Boolean keloidOrHypertrophicScarring,
        InflammatorySkinCondition inflammatorySkinCondition,
        Boolean anticoagulantsOrBleedingDisorder,
        Boolean pregnantOrBreastfeeding,
        Boolean chemotherapyOrRadiotherapy,
        Boolean immunosuppressionOrUncontrolledDiabetes,
        DatedHistory isotretinoin,
        DatedHistory chemicalPeel,
        DatedHistory laserTreatment,
        DatedHistory injectables,
        DatedHistory sunburn,
        Boolean topicalAnaestheticAllergy,
        Boolean metalAllergy) {

    /** The answer to a yes/no item; null when it is missing. */
    public Boolean yesNo(ScreeningItem item) {
        return switch (item) {
            case HERPES_SIMPLEX_HISTORY -> herpesSimplexHistory;
            case KELOID_OR_HYPERTROPHIC_SCARRING -> keloidOrHypertrophicScarring;
            case ANTICOAGULANTS_OR_BLEEDING_DISORDER -> anticoagulantsOrBleedingDisorder;
            case PREGNANT_OR_BREASTFEEDING -> pregnantOrBreastfeeding;
            case CHEMOTHERAPY_OR_RADIOTHERAPY -> chemotherapyOrRadiotherapy;
            case IMMUNOSUPPRESSION_OR_UNCONTROLLED_DIABETES -> immunosuppressionOrUncontrolledDiabetes;
            case TOPICAL_ANAESTHETIC_ALLERGY -> topicalAnaestheticAllergy;
            case METAL_ALLERGY -> metalAllergy;
            default -> throw new IllegalArgumentException(item + " is not a yes/no item");
        };
    }

    /** The answer to a site condition (present, where); null when it is missing. */
    public SiteCondition siteCondition(ScreeningItem item) {
        return switch (item) {
            case ACTIVE_ACNE_OR_INFECTION -> activeAcneOrInfection;
            case INFLAMMATORY_SKIN_CONDITION -> inflammatorySkinCondition == null ? null
                    : new SiteCondition(inflammatorySkinCondition.present(), inflammatorySkinCondition.areas());
            default -> throw new IllegalArgumentException(item + " is not a site condition");
        };
    }

    /** The answer to a dated item (occurred, last on); null when it is missing. */
    public DatedHistory datedHistory(ScreeningItem item) {
        return switch (item) {
            case ISOTRETINOIN -> isotretinoin;
            case CHEMICAL_PEEL -> chemicalPeel;
            case LASER_TREATMENT -> laserTreatment;
            case INJECTABLES -> injectables;
            case SUNBURN -> sunburn;
            default -> throw new IllegalArgumentException(item + " is not a dated item");
        };
    }
}
