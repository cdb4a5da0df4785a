package care.needlepoint.clients.screening.domain;

/**
 * The questions of the contraindication screening, questionnaire version 1: the closed list {@code screening-item} of
 * docs/domain.md, in the page's order, each with the JSON field that answers it. Other services name an item by its
 * code (a rule's reason, for example) and find its answer under the JSON field. {@code ScreeningItemTest} fails when
 * this enum, the page and the request record disagree.
 */
public enum ScreeningItem {
    ACTIVE_ACNE_OR_INFECTION("activeAcneOrInfection"),
    HERPES_SIMPLEX_HISTORY("herpesSimplexHistory"),
    KELOID_OR_HYPERTROPHIC_SCARRING("keloidOrHypertrophicScarring"),
    INFLAMMATORY_SKIN_CONDITION("inflammatorySkinCondition"),
    ANTICOAGULANTS_OR_BLEEDING_DISORDER("anticoagulantsOrBleedingDisorder"),
    PREGNANT_OR_BREASTFEEDING("pregnantOrBreastfeeding"),
    CHEMOTHERAPY_OR_RADIOTHERAPY("chemotherapyOrRadiotherapy"),
    IMMUNOSUPPRESSION_OR_UNCONTROLLED_DIABETES("immunosuppressionOrUncontrolledDiabetes"),
    ISOTRETINOIN("isotretinoin"),
    CHEMICAL_PEEL("chemicalPeel"),
    LASER_TREATMENT("laserTreatment"),
    INJECTABLES("injectables"),
    SUNBURN("sunburn"),
    TOPICAL_ANAESTHETIC_ALLERGY("topicalAnaestheticAllergy"),
    METAL_ALLERGY("metalAllergy");

    private final String jsonField;

    ScreeningItem(String jsonField) {
        this.jsonField = jsonField;
    }

    /** The field of the screening's answers that answers this question. */
    public String jsonField() {
        return jsonField;
    }
}
