package care.needlepoint.clients.platform;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
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
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.clients.support.Rows;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every error is an RFC 9457 problem with a type from our catalogue, and bad input changes nothing in storage.
 */
@QuarkusTest
class ProblemDetailsTest {

    private static final String CLIENTS = "/api/v1/clients";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static ValidatableResponse postClient(Object body) {
        return given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(body)
                .when().post(CLIENTS)
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
        var response = postClient(aClient().without("givenName").without("dateOfBirth").body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("title", equalTo("The request is not valid"))
                .body("status", equalTo(400))
                .body("instance", equalTo(CLIENTS))
                .body("violations.field", hasItems("givenName", "dateOfBirth"))
                .body("violations.in", hasItem("body"))
                .body("detail", containsString("givenName"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void invalidValuesNameTheirFields() {
        Map<String, Long> before = Rows.countAll();
        postClient(aClient()
                .with("email", "not-an-email")
                .with("phone", "07700 900123")
                .with("timeZone", "BST")
                .with("dateOfBirth", "2999-01-01")
                .with("givenName", "x".repeat(101))
                .body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", hasItems("email", "phone", "timeZone", "dateOfBirth", "givenName"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() {
        Map<String, Long> before = Rows.countAll();
        var response = postClient("{\"givenName\": \"Amelia\",, }")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body("detail", containsString("line 1"));
        assertSafe(response);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsRefused() {
        postClient("")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"));
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() {
        Map<String, Long> before = Rows.countAll();
        var response = postClient(aClient().with("favouriteColour", "teal").body())
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
        var response = postClient(aClient().with("givenName", 42).body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("givenName"))
                .body("violations[0].message", equalTo("must be a string"));
        assertSafe(response);
        postClient(aClient().with("dateOfBirth", 19880417).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("dateOfBirth"))
                .body("violations[0].message", equalTo("must be a date in the form YYYY-MM-DD"));
        postClient(aClient().with("dateOfBirth", "17/04/1988").body())
                .statusCode(400)
                .body("violations[0].field", equalTo("dateOfBirth"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsRefused() {
        var response = postClient("[1, 2, 3]")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"));
        assertSafe(response);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        Map<String, Long> before = Rows.countAll();
        String huge = "{\"givenName\": \"" + "a".repeat(300 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(huge)
                .when().post(CLIENTS)
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "payload-too-large"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void unknownPathIs404Problem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo(
                        "There is nothing at this path; check the id and the path against the API document."));
    }

    @Test
    void malformedIdInPathIs404Problem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(CLIENTS + "/not-a-uuid")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void wrongMethodIs405Problem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().delete(CLIENTS)
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "method-not-allowed"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.XML).body("<client/>")
                .when().post(CLIENTS)
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "unsupported-media-type"));
    }

    @Test
    void unacceptableAcceptHeaderIs406Problem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .accept(ContentType.XML)
                .when().get(CLIENTS)
                .then().statusCode(406)
                .body("type", equalTo(TYPES + "not-acceptable"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "201", "-5" })
    void pageSizeOutsideItsBoundsIsAQueryProblem(String limit) {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", limit)
                .when().get(CLIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void aPageSizeThatIsNotANumberIsAProblem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", "ten")
                .when().get(CLIENTS)
                .then().statusCode(not(equalTo(500)))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void aForgedCursorIsAQueryProblem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("cursor", "definitely-not-ours")
                .when().get(CLIENTS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
    }
}
