package care.needlepoint.scheduling.platform;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every error is an RFC 9457 problem with a type from our catalogue, and bad input changes nothing in storage.
 */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PRACTITIONERS = "/api/v1/practitioners";
    private static final String ROOMS = "/api/v1/rooms";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static ValidatableResponse postPractitioner(Object body) {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(body)
                .when().post(PRACTITIONERS)
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
        var response = postPractitioner(aPractitioner().without("displayName").without("subject").body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("title", equalTo("The request is not valid"))
                .body("status", equalTo(400))
                .body("instance", equalTo(PRACTITIONERS))
                .body("violations.field", hasItems("displayName", "subject"))
                .body("violations.in", hasItem("body"))
                .body("detail", containsString("displayName"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void invalidValuesNameTheirFields() {
        Map<String, Long> before = Rows.countAll();
        postPractitioner(aPractitioner()
                .with("email", "not-an-email")
                .with("subject", "two words")
                .with("displayName", "x".repeat(121))
                .body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", hasItems("email", "subject", "displayName"));
        given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON)
                .body(aRoom().with("name", "x".repeat(81)).with("description", "y".repeat(501)).body())
                .when().post(ROOMS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", hasItems("name", "description"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() {
        Map<String, Long> before = Rows.countAll();
        var response = postPractitioner("{\"displayName\": \"Ines\",, }")
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
        postPractitioner("")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() {
        Map<String, Long> before = Rows.countAll();
        var response = postPractitioner(aPractitioner().with("favouriteColour", "teal").body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("favouriteColour"))
                .body("violations[0].in", equalTo("body"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void valuesOfTheWrongTypeAreNotCoerced() {
        Map<String, Long> before = Rows.countAll();
        var response = postPractitioner(aPractitioner().with("displayName", 42).body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("displayName"))
                .body("violations[0].message", equalTo("must be a string"));
        assertSafe(response);
        postPractitioner(aPractitioner().with("active", "true").body())
                .statusCode(400)
                .body("violations[0].field", equalTo("active"))
                .body("violations[0].message", equalTo("must be true or false"));
        postPractitioner(aPractitioner().with("active", 1).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("active"));
        postPractitioner(aPractitioner().with("subject", true).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("subject"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsRefused() {
        Map<String, Long> before = Rows.countAll();
        var response = postPractitioner("[1, 2, 3]")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        Map<String, Long> before = Rows.countAll();
        String huge = "{\"displayName\": \"" + "a".repeat(300 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(huge)
                .when().post(PRACTITIONERS)
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

    @ParameterizedTest
    @ValueSource(strings = { PRACTITIONERS, ROOMS })
    void malformedIdInPathIs404Problem(String resource) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(resource + "/not-a-uuid")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void wrongMethodIs405Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("admin"))
                .when().delete(PRACTITIONERS)
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "method-not-allowed"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void wrongContentTypeIs415Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.XML).body("<room/>")
                .when().post(ROOMS)
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
                .when().get(PRACTITIONERS)
                .then().statusCode(406)
                .body("type", equalTo(TYPES + "not-acceptable"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({ PRACTITIONERS + ",0", PRACTITIONERS + ",201", ROOMS + ",-5", ROOMS + ",201" })
    void pageSizeOutsideItsBoundsIsAQueryProblem(String resource, String limit) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", limit)
                .when().get(resource)
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
                .when().get(ROOMS)
                .then().statusCode(not(equalTo(500)))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({ PRACTITIONERS + ",yes", PRACTITIONERS + ",1", ROOMS + ",TRUE", ROOMS + ",maybe" })
    void anActiveFilterThatIsNotTrueOrFalseIsAQueryProblemNotA404(String resource, String active) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("active", active)
                .when().get(resource)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("active"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", equalTo("must be true or false"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { PRACTITIONERS, ROOMS })
    void aForgedCursorIsAQueryProblem(String resource) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("cursor", "definitely-not-ours")
                .when().get(resource)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
