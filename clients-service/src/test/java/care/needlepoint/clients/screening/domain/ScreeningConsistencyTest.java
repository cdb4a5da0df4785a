package care.needlepoint.clients.screening.domain;

import static care.needlepoint.clients.support.ScreeningBuilder.aScreening;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.platform.problem.FieldViolation;
import care.needlepoint.clients.screening.api.ScreeningAnswers;
import care.needlepoint.clients.support.ScreeningBuilder;

/** How the parts of each answer fit together: plain JUnit, no Quarkus, no database, no clock. */
class ScreeningConsistencyTest {

    /** As if it were 2026-11-22 somewhere on Earth. */
    private static final LocalDate LATEST_TODAY = LocalDate.of(2026, 11, 22);

    private static List<FieldViolation> violations(ScreeningBuilder screening) {
        return ScreeningConsistency.violations(screening.answers(), LATEST_TODAY);
    }

    private static void assertOnlyViolation(ScreeningBuilder screening, String field, String messagePart) {
        assertThat(violations(screening)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.in()).isEqualTo("body");
            assertThat(violation.message()).contains(messagePart);
        });
    }

    @Test
    void allNoIsConsistent() {
        assertThat(violations(aScreening())).isEmpty();
    }

    @Test
    void everyAnswerYesWithItsDetailsIsConsistent() {
        ScreeningBuilder everything = aScreening()
                .present("activeAcneOrInfection", "CHEEKS", "CHIN")
                .present("inflammatorySkinCondition", "NOSE")
                .with("inflammatorySkinCondition.conditions", List.of("ROSACEA", "ECZEMA"));
        for (String yesNo : ScreeningBuilder.YES_NO) {
            everything.with(yesNo, true);
        }
        for (String dated : ScreeningBuilder.DATED) {
            everything.occurred(dated, "2026-09-30");
        }
        assertThat(violations(everything)).isEmpty();
    }

    @Test
    void aPresentConditionNamesAtLeastOneArea() {
        assertOnlyViolation(aScreening().present("activeAcneOrInfection"),
                "activeAcneOrInfection.areas", "at least one body area when present is true");
        assertOnlyViolation(aScreening().with("activeAcneOrInfection.present", true)
                .without("activeAcneOrInfection.areas"),
                "activeAcneOrInfection.areas", "at least one body area");
    }

    @Test
    void anAbsentConditionNamesNoArea() {
        assertOnlyViolation(aScreening().with("activeAcneOrInfection.areas", List.of("CHEEKS")),
                "activeAcneOrInfection.areas", "must be empty when present is false");
    }

    @Test
    void anAbsentConditionMayLeaveTheAreasOut() {
        ScreeningBuilder noAreas = aScreening().without("activeAcneOrInfection.areas")
                .without("inflammatorySkinCondition.areas").without("inflammatorySkinCondition.conditions");
        assertThat(violations(noAreas)).isEmpty();
        assertThat(noAreas.answers().activeAcneOrInfection().areas()).isEmpty();
        assertThat(noAreas.answers().inflammatorySkinCondition().conditions()).isEmpty();
    }

    @Test
    void aPresentInflammatoryConditionNamesWhichAndWhere() {
        assertThat(violations(aScreening().with("inflammatorySkinCondition.present", true)))
                .extracting(FieldViolation::field)
                .containsExactly("inflammatorySkinCondition.areas", "inflammatorySkinCondition.conditions");
        assertOnlyViolation(aScreening().present("inflammatorySkinCondition", "CHEEKS"),
                "inflammatorySkinCondition.conditions", "ECZEMA, PSORIASIS or ROSACEA");
        assertOnlyViolation(aScreening().with("inflammatorySkinCondition.present", true)
                .with("inflammatorySkinCondition.conditions", List.of("PSORIASIS")),
                "inflammatorySkinCondition.areas", "at least one body area");
    }

    @Test
    void anAbsentInflammatoryConditionNamesNoConditionAndNoArea() {
        assertThat(violations(aScreening()
                .with("inflammatorySkinCondition.conditions", List.of("ECZEMA"))
                .with("inflammatorySkinCondition.areas", List.of("ARMS"))))
                .extracting(FieldViolation::field)
                .containsExactly("inflammatorySkinCondition.areas", "inflammatorySkinCondition.conditions");
    }

    @Test
    void somethingThatOccurredSaysWhen() {
        assertOnlyViolation(aScreening().with("isotretinoin.occurred", true),
                "isotretinoin.lastOn", "is required when occurred is true");
    }

    @Test
    void somethingThatDidNotOccurHasNoDate() {
        assertOnlyViolation(aScreening().with("chemicalPeel.lastOn", "2026-10-01"),
                "chemicalPeel.lastOn", "must be left out when occurred is false");
        assertThat(violations(aScreening().with("chemicalPeel.lastOn", null))).isEmpty();
    }

    @Test
    void theDateIsNotAfterTheLatestDateOnEarth() {
        assertThat(violations(aScreening().occurred("sunburn", "2026-11-22"))).isEmpty();
        assertOnlyViolation(aScreening().occurred("sunburn", "2026-11-23"), "sunburn.lastOn", "must not be in the future");
    }

    @Test
    void theDateIsNotBefore1900() {
        assertThat(violations(aScreening().occurred("laserTreatment", "1900-01-01"))).isEmpty();
        assertOnlyViolation(aScreening().occurred("laserTreatment", "1899-12-31"),
                "laserTreatment.lastOn", "must not be before 1900-01-01");
    }

    @Test
    void theLatestDateOnEarthIsTheDateAtUtcPlus14() {
        assertThat(ScreeningConsistency.latestDateOnEarth(Instant.parse("2026-11-21T09:59:59.999999Z")))
                .isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(ScreeningConsistency.latestDateOnEarth(Instant.parse("2026-11-21T10:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void everyOffendingFieldIsNamedAtOnceInFieldOrder() {
        assertThat(violations(aScreening()
                .present("activeAcneOrInfection")
                .with("injectables.occurred", true)
                .occurred("chemicalPeel", "2030-01-01")
                .with("sunburn.lastOn", "2026-08-01")))
                .extracting(FieldViolation::field)
                .containsExactly("activeAcneOrInfection.areas", "chemicalPeel.lastOn", "injectables.lastOn",
                        "sunburn.lastOn");
    }

    @Test
    void missingAnswersAreLeftToBeanValidation() {
        ScreeningAnswers unanswered = aScreening().without("activeAcneOrInfection")
                .without("inflammatorySkinCondition").without("isotretinoin")
                .with("chemicalPeel.occurred", null).with("sunburn", Map.of())
                .with("inflammatorySkinCondition.present", null).answers();
        assertThat(ScreeningConsistency.violations(unanswered, LATEST_TODAY)).isEmpty();
    }

    @Test
    void codesComeOutInVocabularyOrderWhateverOrderTheyWereSentIn() {
        ScreeningAnswers answers = aScreening()
                .present("activeAcneOrInfection", "CHIN", "FOREHEAD", "CHEEKS")
                .present("inflammatorySkinCondition", "KNEES", "ARMS")
                .with("inflammatorySkinCondition.conditions", List.of("ROSACEA", "ECZEMA"))
                .answers();
        assertThat(answers.activeAcneOrInfection().areas())
                .containsExactly(BodyArea.FOREHEAD, BodyArea.CHEEKS, BodyArea.CHIN);
        assertThat(answers.inflammatorySkinCondition().areas()).containsExactly(BodyArea.ARMS, BodyArea.KNEES);
        assertThat(answers.inflammatorySkinCondition().conditions())
                .containsExactly(SkinCondition.ECZEMA, SkinCondition.ROSACEA);
    }
}
