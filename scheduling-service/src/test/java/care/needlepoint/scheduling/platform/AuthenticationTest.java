package care.needlepoint.scheduling.platform;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every API call needs a valid bearer token with a fitting role; the /q endpoints stay open. */
@QuarkusTest
class AuthenticationTest {

    private static final String PRACTITIONERS = "/api/v1/practitioners";
    private static final String ROOMS = "/api/v1/rooms";
    private static final String TYPES = "https://needlepoint.care/problems/";

    @Test
    void noTokenIs401Problem() {
        given().when().get(PRACTITIONERS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    @Test
    void noTokenOnACreateIs401ProblemAndCreatesNothing() {
        Map<String, Long> before = Rows.countAll();
        given().contentType(ContentType.JSON).body(aRoom().body())
                .when().post(ROOMS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo(TYPES + "unauthorized"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void expiredTokenIs401Problem() {
        given().auth().oauth2(TestTokens.expired("front-desk"))
                .when().get(PRACTITIONERS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    @Test
    void tokenSignedByAnUnknownKeyIs401Problem() {
        given().auth().oauth2(TestTokens.signedByUnknownKey("admin"))
                .when().get(ROOMS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIs401Problem() {
        given().auth().oauth2(TestTokens.fromOtherIssuer("admin"))
                .when().get(ROOMS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenWithoutASubjectIs401Problem() {
        given().auth().oauth2(TestTokens.withoutSubject("admin"))
                .when().get(PRACTITIONERS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void garbageTokenIs401Problem() {
        given().header("Authorization", "Bearer not.a.jwt")
                .when().get(PRACTITIONERS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void roleWithoutAccessIs403Problem() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("integration"))
                .contentType(ContentType.JSON).body(aPractitioner().body())
                .when().post(PRACTITIONERS)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "forbidden"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void tokenWithoutAnyKnownRoleIs403Problem() {
        given().auth().oauth2(TestTokens.forUser("someone", "patient"))
                .when().get(ROOMS)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void operationalEndpointsNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Needlepoint scheduling-service"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
