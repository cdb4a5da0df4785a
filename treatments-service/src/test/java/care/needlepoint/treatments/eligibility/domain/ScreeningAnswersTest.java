package care.needlepoint.treatments.eligibility.domain;

import static care.needlepoint.treatments.protocol.domain.BodyArea.CHEEKS;
import static care.needlepoint.treatments.protocol.domain.BodyArea.CHIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/**
 * A screening as docs/domain.md describes it (and clients-service sends it) reads into ScreeningAnswers with a mapper
 * as strict as the service's, including the fields around the answers that no rule reads.
 */
class ScreeningAnswersTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String SCREENING = """
            {
              "id": "0b8f5f0e-9a43-4d8e-a8a2-6c1d1f2e3a4b",
              "questionnaireVersion": 1,
              "recordedAt": "2026-10-01T09:30:00Z",
              "activeAcneOrInfection": {"present": true, "areas": ["CHEEKS", "CHIN"]},
              "herpesSimplexHistory": true,
              "keloidOrHypertrophicScarring": false,
              "inflammatorySkinCondition": {"present": true, "areas": ["CHIN"], "conditions": ["ROSACEA"]},
              "anticoagulantsOrBleedingDisorder": false,
              "pregnantOrBreastfeeding": false,
              "chemotherapyOrRadiotherapy": false,
              "immunosuppressionOrUncontrolledDiabetes": false,
              "isotretinoin": {"occurred": true, "lastOn": "2026-04-30"},
              "chemicalPeel": {"occurred": false},
              "laserTreatment": {"occurred": false, "lastOn": null},
              "injectables": {"occurred": true, "lastOn": "2026-09-20"},
              "sunburn": {"occurred": false},
              "topicalAnaestheticAllergy": false,
              "metalAllergy": true,
              "notes": "Prefers morning appointments."
            }""";

    @Test
    void theQuestionnaireReadsIntoTheAnswersWithItsShapes() throws Exception {
        ScreeningAnswers answers = STRICT.readValue(SCREENING, ScreeningAnswers.class);

        assertThat(answers.siteCondition(ScreeningItem.ACTIVE_ACNE_OR_INFECTION))
                .isEqualTo(new SiteCondition(true, List.of(CHEEKS, CHIN)));
        assertThat(answers.inflammatorySkinCondition().conditions()).containsExactly("ROSACEA");
        assertThat(answers.siteCondition(ScreeningItem.INFLAMMATORY_SKIN_CONDITION).areas()).containsExactly(CHIN);
        assertThat(answers.yesNo(ScreeningItem.HERPES_SIMPLEX_HISTORY)).isTrue();
        assertThat(answers.yesNo(ScreeningItem.METAL_ALLERGY)).isTrue();
        assertThat(answers.yesNo(ScreeningItem.PREGNANT_OR_BREASTFEEDING)).isFalse();
        assertThat(answers.datedHistory(ScreeningItem.ISOTRETINOIN))
                .isEqualTo(DatedHistory.lastOn(LocalDate.of(2026, 4, 30)));
        assertThat(answers.datedHistory(ScreeningItem.CHEMICAL_PEEL)).isEqualTo(DatedHistory.never());
        assertThat(answers.datedHistory(ScreeningItem.LASER_TREATMENT)).isEqualTo(DatedHistory.never());
        assertThat(answers.datedHistory(ScreeningItem.INJECTABLES).lastOn()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void anAnswerLeftOutIsNullSoThePolicyCanFailClosed() throws Exception {
        ScreeningAnswers answers = STRICT.readValue("{\"herpesSimplexHistory\": false}", ScreeningAnswers.class);
        assertThat(answers.yesNo(ScreeningItem.HERPES_SIMPLEX_HISTORY)).isFalse();
        assertThat(answers.yesNo(ScreeningItem.METAL_ALLERGY)).isNull();
        assertThat(answers.siteCondition(ScreeningItem.INFLAMMATORY_SKIN_CONDITION)).isNull();
        assertThat(answers.datedHistory(ScreeningItem.SUNBURN)).isNull();
    }
}
