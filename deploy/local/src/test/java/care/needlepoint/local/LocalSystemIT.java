package care.needlepoint.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import care.needlepoint.devkit.jwt.SigningKeys;
import care.needlepoint.devkit.jwt.TokenMinter;
import io.restassured.http.ContentType;

/**
 * The cross-service suite: the whole system started by deploy/local/start, checked over real HTTP with tokens from
 * deploy/local/token.
 */
class LocalSystemIT {

    private static final Map<LocalService, String> FIRST_LIST = Map.of(
            LocalService.CLIENTS, "/api/v1/clients",
            LocalService.TREATMENTS, "/api/v1/protocols",
            LocalService.SCHEDULING, "/api/v1/practitioners");

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.start(RunningSystem.newDataDirectory());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    @ParameterizedTest
    @EnumSource(LocalService.class)
    void everyServiceIsHealthyOnItsOwnDatabase(LocalService service) {
        given().baseUri(system.url(service))
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @ParameterizedTest
    @EnumSource(LocalService.class)
    void aLocalTokenIsAcceptedAndDemoDataIsThere(LocalService service) {
        given().baseUri(system.url(service)).auth().oauth2(system.token("front-desk"))
                .when().get(FIRST_LIST.get(service))
                .then().statusCode(200)
                .body("items.size()", greaterThan(0));
    }

    @Test
    void demoClientsHaveACurrentScreeningAndTreatmentConsent() {
        String amelia = given().baseUri(system.url(LocalService.CLIENTS)).auth().oauth2(system.token("front-desk"))
                .queryParam("name", "Amelia Okafor")
                .when().get("/api/v1/clients")
                .then().statusCode(200)
                .extract().path("items[0].id");
        given().baseUri(system.url(LocalService.CLIENTS)).auth().oauth2(system.token("practitioner"))
                .when().get("/api/v1/clients/" + amelia + "/booking-facts")
                .then().statusCode(200)
                .body("bookable", equalTo(true))
                .body("screening.state", equalTo("CURRENT"))
                .body("validConsents.kind", hasItem("MICRONEEDLING_TREATMENT"));
    }

    @Test
    void everyDocumentedOperationRefusesMissingBadAndUnderprivilegedTokens() {
        var operations = OperationSecuritySweep.operations(RunningSystem.ROOT);
        assertThat(operations).hasSizeGreaterThan(20);
        assertThat(OperationSecuritySweep.violations(system, operations)).isEmpty();
    }

    @Test
    void aCorpusOfBadRequestsIsRefusedWith4xxProblemsAndChangesNoTable() {
        String admin = system.token("admin");
        var corpus = BadInputCorpus.build(system, RunningSystem.ROOT, admin);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        var before = BadInputCorpus.rowCounts(system);
        var tokens = new java.util.LinkedHashMap<String, String>();
        OperationSecuritySweep.ROLES.forEach(role -> tokens.put(role, system.token(role)));
        assertThat(BadInputCorpus.violations(system, corpus, tokens)).isEmpty();
        assertThat(BadInputCorpus.rowCounts(system)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(LocalService.class)
    void aCallWithoutATokenIs401Problem(LocalService service) {
        given().baseUri(system.url(service))
                .when().get(FIRST_LIST.get(service))
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://needlepoint.care/problems/unauthorized"));
    }

    @ParameterizedTest
    @EnumSource(LocalService.class)
    void aTokenFromAnotherKeyIs401Problem(LocalService service) {
        String forged = new TokenMinter(SigningKeys.generate(), LocalOptions.ISSUER)
                .issue("mallory", List.of("admin"), Duration.ofMinutes(5));
        given().baseUri(system.url(service)).auth().oauth2(forged)
                .when().get(FIRST_LIST.get(service))
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void openApiDocumentsListTheFirstOperations() {
        given().baseUri(system.url(LocalService.CLIENTS)).when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/clients'.get.operationId", equalTo("listClients"))
                .body("paths.'/api/v1/clients'.post.operationId", equalTo("createClient"));
        given().baseUri(system.url(LocalService.TREATMENTS)).when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/protocols'.get.operationId", equalTo("listProtocols"));
        given().baseUri(system.url(LocalService.SCHEDULING)).when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/practitioners'.get.operationId", equalTo("listPractitioners"))
                .body("paths.'/api/v1/rooms'.get.operationId", equalTo("listRooms"));
    }

    @Test
    void aMalformedBodyIsA400ProblemListingTheFields() {
        given().baseUri(system.url(LocalService.CLIENTS)).auth().oauth2(system.token("front-desk"))
                .contentType(ContentType.JSON)
                .body(Map.of("givenName", "", "email", "nope", "timeZone", "Mars/Olympus"))
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/validation-failed"))
                .body("violations.field", hasItems("givenName", "familyName", "dateOfBirth", "email", "timeZone"));
    }

    @Test
    void theWrongRoleIs403Problem() {
        given().baseUri(system.url(LocalService.SCHEDULING)).auth().oauth2(system.token("front-desk"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Room 9", "active", true))
                .when().post("/api/v1/rooms")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void operationalEndpointsAreOpen() {
        for (LocalService service : LocalService.values()) {
            given().baseUri(system.url(service)).when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("jvm_memory"));
            assertThat(given().baseUri(system.url(service)).when().get("/q/swagger-ui/").statusCode()).isEqualTo(200);
        }
    }
}
