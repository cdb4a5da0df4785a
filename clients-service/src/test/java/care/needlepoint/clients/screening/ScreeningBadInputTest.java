package care.needlepoint.clients.screening;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static care.needlepoint.clients.support.ScreeningBuilder.aScreening;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.clients.screening.domain.ScreeningItem;
import care.needlepoint.clients.support.Rows;
import care.needlepoint.clients.support.ScreeningBuilder;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every kind of bad screening is a 400 problem naming each offending field by its dotted JSON path, and stores
 * nothing: no screening, no audit entry, no idempotency record.
 */
@QuarkusTest
class ScreeningBadInputTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String VALIDATION_FAILED = "https://needlepoint.care/problems/validation-failed";

    /** Posts the body for a fresh client as a practitioner; asserts a validation problem that changed nothing. */
    private static ValidatableResponse refused(Object body) {
        String clientId = aClient().create();
        Map<String, Long> before = Rows.countAll();
        ValidatableResponse response = given().auth().oauth2(TestTokens.forRole("practitioner"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients/" + clientId + "/screenings")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("violations.in", everyItem(equalTo("body")));
        assertThat(response.extract().asString())
                .doesNotContain("java.", "jakarta.", "com.fasterxml", "org.hibernate", "Exception", "SQL");
        assertThat(Rows.countAll()).isEqualTo(before);
        return response;
    }

    static List<String> everyQuestion() {
        return Arrays.stream(ScreeningItem.values()).map(ScreeningItem::jsonField).toList();
    }

    @ParameterizedTest
    @MethodSource("everyQuestion")
    void aMissingAnswerIsNeverAssumedNo(String question) {
        refused(aScreening().without(question).body())
                .body("violations.field", equalTo(List.of(question)))
                .body("violations[0].message", equalTo("must not be null"));
    }

    @Test
    void aNullAnswerIsAMissingAnswer() {
        refused(aScreening().with("pregnantOrBreastfeeding", null).with("sunburn", null).body())
                .body("violations.field", equalTo(List.of("pregnantOrBreastfeeding", "sunburn")));
    }

    @Test
    void everyMissingAnswerIsNamedAtOnceIncludingNestedOnes() {
        refused(aScreening().without("metalAllergy").without("activeAcneOrInfection.present")
                .without("isotretinoin.occurred").without("inflammatorySkinCondition.present").body())
                .body("violations.field", equalTo(List.of("activeAcneOrInfection.present",
                        "inflammatorySkinCondition.present", "isotretinoin.occurred", "metalAllergy")));
    }

    @Test
    void anEmptyObjectNamesEveryQuestion() {
        refused(Map.of()).body("violations.field", equalTo(everyQuestion().stream().sorted().toList()));
    }

    @Test
    void aMissingBodyIsRefused() {
        String clientId = aClient().create();
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                .when().post("/api/v1/clients/" + clientId + "/screenings")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("(body)"));
    }

    @Test
    void aYesNoAnswerIsABooleanNotAStringOrNumber() {
        refused(aScreening().with("herpesSimplexHistory", "no").body())
                .body("violations[0].field", equalTo("herpesSimplexHistory"))
                .body("violations[0].message", equalTo("must be true or false"));
        refused(aScreening().with("activeAcneOrInfection.present", 0).body())
                .body("violations[0].field", equalTo("activeAcneOrInfection.present"))
                .body("violations[0].message", equalTo("must be true or false"));
    }

    @Test
    void aSiteConditionIsAnObjectAndItsAreasAnArray() {
        refused(aScreening().with("activeAcneOrInfection", false).body())
                .body("violations[0].field", equalTo("activeAcneOrInfection"));
        refused(aScreening().with("activeAcneOrInfection.present", true)
                .with("activeAcneOrInfection.areas", "CHEEKS").body())
                .body("violations[0].field", equalTo("activeAcneOrInfection.areas"))
                .body("violations[0].message", equalTo("must be an array"));
    }

    @Test
    void aDateIsAStringInTheFormYearMonthDay() {
        for (Object wrong : List.of("30/09/2026", "2026-02-30", 20260930)) {
            refused(aScreening().with("isotretinoin", Map.of("occurred", true, "lastOn", wrong)).body())
                    .body("violations[0].field", equalTo("isotretinoin.lastOn"))
                    .body("violations[0].message", equalTo("must be a date in the form YYYY-MM-DD"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "favouriteColour", "activeAcneOrInfection.severity", "chemicalPeel.depth" })
    void unknownFieldsAreRejectedNotIgnored(String field) {
        refused(aScreening().with(field, "x").body())
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", containsString("is not a field of this request"));
    }

    @Test
    void anUnknownBodyAreaOrConditionIsRefusedWithTheAllowedCodes() {
        refused(aScreening().present("activeAcneOrInfection", "CHEEKS", "ELBOWS").body())
                .body("violations[0].field", startsWith("activeAcneOrInfection.areas"))
                .body("violations[0].message", containsString("must be one of FOREHEAD, TEMPLES, UNDER_EYE"));
        refused(aScreening().present("inflammatorySkinCondition", "NOSE")
                .with("inflammatorySkinCondition.conditions", List.of("ACNE")).body())
                .body("violations[0].field", startsWith("inflammatorySkinCondition.conditions"))
                .body("violations[0].message", equalTo("must be one of ECZEMA, PSORIASIS, ROSACEA"));
    }

    @Test
    void aNullAreaIsRefused() {
        List<String> areas = new ArrayList<>(Arrays.asList("CHEEKS", null));
        refused(aScreening().with("activeAcneOrInfection.present", true).with("activeAcneOrInfection.areas", areas)
                .body())
                .body("violations[0].field", startsWith("activeAcneOrInfection.areas"));
    }

    @Test
    void notesAreAtMost2000Characters() {
        refused(aScreening().with("notes", "n".repeat(2001)).body())
                .body("violations.field", equalTo(List.of("notes")));
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                .body(aScreening().with("notes", "n".repeat(2000)).body())
                .when().post("/api/v1/clients/" + aClient().create() + "/screenings")
                .then().statusCode(201);
        refused(aScreening().with("notes", 42).body())
                .body("violations[0].field", equalTo("notes"))
                .body("violations[0].message", equalTo("must be a string"));
    }

    @Test
    void aDateInTheFutureOrBefore1900IsOutOfRange() {
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        refused(aScreening().occurred("sunburn", future).occurred("chemicalPeel", "1899-12-31").body())
                .body("violations.field", equalTo(List.of("chemicalPeel.lastOn", "sunburn.lastOn")))
                .body("violations.message", hasItem("must not be in the future"))
                .body("violations.message", hasItem("must not be before 1900-01-01"));
    }

    @Test
    void everyInconsistentAnswerIsNamedAtOnce() {
        refused(aScreening()
                .present("activeAcneOrInfection")
                .with("inflammatorySkinCondition.areas", List.of("CHEEKS"))
                .with("isotretinoin.occurred", true)
                .with("laserTreatment.lastOn", "2026-06-01")
                .body())
                .body("violations.field", equalTo(List.of("activeAcneOrInfection.areas",
                        "inflammatorySkinCondition.areas", "isotretinoin.lastOn", "laserTreatment.lastOn")))
                .body("detail", containsString("isotretinoin.lastOn: is required when occurred is true"));
    }

    @Test
    void aBadBodyDoesNotUseUpItsIdempotencyKey() {
        String clientId = aClient().create();
        String key = UUID.randomUUID().toString();
        ScreeningBuilder screening = aScreening().with("isotretinoin.occurred", true);
        given().auth().oauth2(TestTokens.forRole("practitioner")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(screening.body())
                .when().post("/api/v1/clients/" + clientId + "/screenings")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole("practitioner")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(screening.occurred("isotretinoin", "2026-01-10").body())
                .when().post("/api/v1/clients/" + clientId + "/screenings")
                .then().statusCode(201);
    }
}
