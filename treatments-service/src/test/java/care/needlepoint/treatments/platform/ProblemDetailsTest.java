package care.needlepoint.treatments.platform;

import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every error is an RFC 9457 problem with a type from our catalogue, and bad input changes nothing in storage.
 */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROTOCOLS = "/api/v1/protocols";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static ValidatableResponse postProtocol(Object body) {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(body)
                .when().post(PROTOCOLS)
                .then();
    }

    private static void assertSafe(ValidatableResponse response) {
        String body = response.extract().asString();
        assertThat(body).doesNotContain("java.", "jakarta.", "com.fasterxml", "org.hibernate", "Exception",
                "at care.", "SQL", "select ", "insert ");
    }

    @Test
    void missingRequiredFieldsAreListedOneByOne() {
        Map<String, Long> before = Rows.countAll();
        var response = postProtocol(aProtocol().without("name").without("indication").without("spacingDays.max")
                .body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("title", equalTo("The request is not valid"))
                .body("status", equalTo(400))
                .body("instance", equalTo(PROTOCOLS))
                .body("violations.field", hasItems("name", "indication", "spacingDays.max"))
                .body("violations.in", hasItem("body"))
                .body("detail", containsString("name"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void invalidValuesNameTheirFields() {
        Map<String, Long> before = Rows.countAll();
        List<String> tooManyInstructions = new ArrayList<>(Collections.nCopies(21, "Use SPF 30+."));
        postProtocol(aProtocol()
                .with("code", "Clinic Acne Scars")
                .with("name", "x".repeat(121))
                .with("summary", " ")
                .with("depthLimits[0].minMm", 0.1)
                .with("depthLimits[0].maxMm", 1.255)
                .with("numbing.minimumDwellMinutes", 61)
                .with("procedureMinutes", 241)
                .with("sessions.max", 13)
                .with("spacingDays.min", 0)
                .with("maintenanceIntervalMonths.max", 37)
                .with("aftercare", tooManyInstructions)
                .body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", hasItems("code", "name", "summary", "depthLimits[0].minMm",
                        "depthLimits[0].maxMm", "numbing.minimumDwellMinutes", "procedureMinutes", "sessions.max",
                        "spacingDays.min", "maintenanceIntervalMonths.max", "aftercare"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anOverlongAftercareInstructionIsNamed() {
        Map<String, Long> before = Rows.countAll();
        var response = postProtocol(aProtocol().with("aftercare", List.of("Fine.", "x".repeat(301))).body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                // The platform passes Hibernate Validator's path on as it is: today "aftercare[1].<list element>".
                .body("violations[0].field", startsWith("aftercare[1]"))
                .body("violations[0].in", equalTo("body"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() {
        Map<String, Long> before = Rows.countAll();
        var response = postProtocol("{\"code\": \"clinic-acne-scars\",, }")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body("detail", containsString("line 1"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsRefused() {
        Map<String, Long> before = Rows.countAll();
        postProtocol("")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() {
        Map<String, Long> before = Rows.countAll();
        var response = postProtocol(aProtocol().with("favouriteColour", "teal").body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("favouriteColour"))
                .body("violations[0].in", equalTo("body"));
        assertSafe(response);
        postProtocol(aProtocol().with("depthLimits[0].typicalMm", 1.5).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("depthLimits[0].typicalMm"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void valuesOfTheWrongTypeAreNotCoerced() {
        Map<String, Long> before = Rows.countAll();
        var response = postProtocol(aProtocol().with("name", 42).body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("must be a string"));
        assertSafe(response);
        postProtocol(aProtocol().with("procedureMinutes", "45").body())
                .statusCode(400)
                .body("violations[0].field", equalTo("procedureMinutes"))
                .body("violations[0].message", equalTo("must be a number"));
        postProtocol(aProtocol().with("procedureMinutes", 45.5).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("procedureMinutes"));
        postProtocol(aProtocol().with("depthLimits[0].maxMm", "2.0").body())
                .statusCode(400)
                .body("violations[0].field", equalTo("depthLimits[0].maxMm"))
                .body("violations[0].message", equalTo("must be a number"));
        postProtocol(aProtocol().with("indication", 3).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("indication"))
                .body("violations[0].message", containsString("must be one of ACNE_SCARS"));
        postProtocol(aProtocol().with("setting", "SPA").body())
                .statusCode(400)
                .body("violations[0].field", equalTo("setting"))
                .body("violations[0].message", equalTo("must be one of CLINIC, HOME"));
        postProtocol(aProtocol().with("aftercare", "Use SPF 30+.").body())
                .statusCode(400)
                .body("violations[0].field", equalTo("aftercare"));
        postProtocol(aProtocol().with("sessions", 4).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("sessions"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsRefused() {
        Map<String, Long> before = Rows.countAll();
        var response = postProtocol("[1, 2, 3]")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        Map<String, Long> before = Rows.countAll();
        String huge = "{\"name\": \"" + "a".repeat(300 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(huge)
                .when().post(PROTOCOLS)
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "payload-too-large"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void unknownPathIs404Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo(
                        "There is nothing at this path; check the id and the path against the API document."));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void malformedIdInPathIs404Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(PROTOCOLS + "/not-a-uuid")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void wrongMethodIs405Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("admin"))
                .when().delete(PROTOCOLS)
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "method-not-allowed"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void wrongContentTypeIs415Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.XML).body("<protocol/>")
                .when().post(PROTOCOLS)
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "unsupported-media-type"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void unacceptableAcceptHeaderIs406Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .accept(ContentType.XML)
                .when().get(PROTOCOLS)
                .then().statusCode(406)
                .body("type", equalTo(TYPES + "not-acceptable"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "201", "-5" })
    void pageSizeOutsideItsBoundsIsAQueryProblem(String limit) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", limit)
                .when().get(PROTOCOLS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].in", equalTo("query"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aPageSizeThatIsNotANumberIsAProblem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", "ten")
                .when().get(PROTOCOLS)
                .then().statusCode(not(equalTo(500)))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aCursorWithAForgedIdIsAQueryProblem() {
        Map<String, Long> before = Rows.countAll();
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Acne scar revision\u001fnot-a-uuid".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("cursor", forged)
                .when().get(PROTOCOLS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aForgedCursorIsAQueryProblem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("cursor", "definitely-not-ours")
                .when().get(PROTOCOLS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
