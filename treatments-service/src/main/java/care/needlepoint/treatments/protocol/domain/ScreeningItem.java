package care.needlepoint.treatments.protocol.domain;

/**
 * The questions of the contraindication screening (docs/domain.md {@code screening-item}, questionnaire version 1),
 * which a protocol's contraindication rules name. Each item knows its answer's shape and JSON field, so that rules can
 * be checked against the shape (a window only for dated items) and answers found by item. ScreeningItemTest compares
 * the codes with docs/domain.md and the fields with eligibility.domain.ScreeningAnswers.
 */
public enum ScreeningItem {
    ACTIVE_ACNE_OR_INFECTION(Shape.SITE_CONDITION, "activeAcneOrInfection"),
    HERPES_SIMPLEX_HISTORY(Shape.YES_NO, "herpesSimplexHistory"),
    KELOID_OR_HYPERTROPHIC_SCARRING(Shape.YES_NO, "keloidOrHypertrophicScarring"),
    INFLAMMATORY_SKIN_CONDITION(Shape.SITE_CONDITION, "inflammatorySkinCondition"),
    ANTICOAGULANTS_OR_BLEEDING_DISORDER(Shape.YES_NO, "anticoagulantsOrBleedingDisorder"),
    PREGNANT_OR_BREASTFEEDING(Shape.YES_NO, "pregnantOrBreastfeeding"),
    CHEMOTHERAPY_OR_RADIOTHERAPY(Shape.YES_NO, "chemotherapyOrRadiotherapy"),
    IMMUNOSUPPRESSION_OR_UNCONTROLLED_DIABETES(Shape.YES_NO, "immunosuppressionOrUncontrolledDiabetes"),
    ISOTRETINOIN(Shape.DATED_HISTORY, "isotretinoin"),
    CHEMICAL_PEEL(Shape.DATED_HISTORY, "chemicalPeel"),
    LASER_TREATMENT(Shape.DATED_HISTORY, "laserTreatment"),
    INJECTABLES(Shape.DATED_HISTORY, "injectables"),
    SUNBURN(Shape.DATED_HISTORY, "sunburn"),
    TOPICAL_ANAESTHETIC_ALLERGY(Shape.YES_NO, "topicalAnaestheticAllergy"),
    METAL_ALLERGY(Shape.YES_NO, "metalAllergy");

    /** The three answer shapes of docs/domain.md. */
    public enum Shape {
        /** {@code true} or {@code false}. */
        YES_NO,
        /** {@code {"present": true, "areas": ["CHEEKS"]}}: rules may look only at the treated areas. */
        SITE_CONDITION,
        /** {@code {"occurred": true, "lastOn": "2026-09-30"}}: rules compare the date with a window. */
        DATED_HISTORY
    }

    private final Shape shape;
    private final String jsonField;

    ScreeningItem(Shape shape, String jsonField) {
        this.shape = shape;
        this.jsonField = jsonField;
    }

    public Shape shape() {
        return shape;
    }

    /** The answer's field in the screening JSON, e.g. {@code chemicalPeel}. */
    public String jsonField() {
        return jsonField;
    }

    public boolean isDated() {
        return shape == Shape.DATED_HISTORY;
    }

    public boolean isSiteCondition() {
        return shape == Shape.SITE_CONDITION;
    }
}
