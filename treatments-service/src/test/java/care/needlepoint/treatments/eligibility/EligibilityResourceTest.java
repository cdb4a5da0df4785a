package care.needlepoint.treatments.eligibility;

import static care.needlepoint.treatments.support.ClientsFixture.aClient;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.ClientsFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** checkEligibility against a real clients-service. */
@QuarkusTest
class EligibilityResourceTest {

    private static final String ELIGIBILITY = "/api/v1/eligibility";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    @Test
    void anEligibleClientIsOkAgainstTheCurrentVersion() {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol)
                .when().get(ELIGIBILITY)
                .then().statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("protocolId", equalTo(protocol))
                .body("protocolVersion", equalTo(1))
                .body("outcome", equalTo("OK"))
                .body("findings", hasSize(0))
                .body("checkedAt", notNullValue());
    }

    @Test
    void aBlockContraindicationBlocksWithItsItemAndCode() {
        UUID client = aClient().answering("pregnantOrBreastfeeding", true).create();
        as("front-desk").queryParam("clientId", client).queryParam("protocolId", aProtocol().create())
                .when().get(ELIGIBILITY)
                .then().statusCode(200)
                .body("outcome", equalTo("BLOCK"))
                .body("findings", hasSize(1))
                .body("findings[0].item", equalTo("PREGNANT_OR_BREASTFEEDING"))
                .body("findings[0].effect", equalTo("BLOCK"))
                .body("findings[0].code", equalTo("contraindication.pregnant-or-breastfeeding"))
                .body("findings[0].message", containsString("answered yes"));
    }

    @Test
    void aWarnContraindicationWarns() {
        UUID client = aClient().answering("herpesSimplexHistory", true).create();
        as("practitioner").queryParam("clientId", client).queryParam("protocolId", aProtocol().create())
                .when().get(ELIGIBILITY)
                .then().statusCode(200)
                .body("outcome", equalTo("WARN"))
                .body("findings[0].code", equalTo("contraindication.herpes-simplex-history"))
                .body("findings[0].effect", equalTo("WARN"));
    }

    @Test
    void siteConditionsCountOnlyOnTheAreasAsked() {
        UUID client = aClient().answering("activeAcneOrInfection", Map.of("present", true, "areas",
                List.of("TEMPLES"))).create();
        String protocol = aProtocol().create();
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol).queryParam("areas", "CHEEKS")
                .when().get(ELIGIBILITY).then().statusCode(200).body("outcome", equalTo("OK"));
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol)
                .when().get(ELIGIBILITY).then().statusCode(200).body("outcome", equalTo("BLOCK"))
                .body("findings[0].code", equalTo("contraindication.active-acne-or-infection"));
    }

    @Test
    void windowsAreJudgedOnThePlannedDate() {
        LocalDate peel = LocalDate.now().minusDays(2);
        UUID client = aClient().answering("chemicalPeel", Map.of("occurred", true, "lastOn", peel.toString()))
                .create();
        String protocol = aProtocol().create();
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol)
                .when().get(ELIGIBILITY).then().statusCode(200).body("outcome", equalTo("BLOCK"));
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol)
                .queryParam("on", peel.plusDays(30).toString())
                .when().get(ELIGIBILITY).then().statusCode(200).body("outcome", equalTo("OK"));
    }

    @Test
    void missingScreeningAndConsentAreBlockFindingsNotErrors() {
        UUID client = aClient().withoutScreening().withoutConsent().create();
        as("service").queryParam("clientId", client).queryParam("protocolId", aProtocol().create())
                .when().get(ELIGIBILITY)
                .then().statusCode(200)
                .body("outcome", equalTo("BLOCK"))
                .body("findings.code", equalTo(List.of("screening-missing", "consent-missing")))
                .body("findings[0].item", nullValue());
    }

    @Test
    void anArchivedClientIsNotBookable() {
        UUID client = aClient().archived().create();
        as("service").queryParam("clientId", client).queryParam("protocolId", aProtocol().create())
                .when().get(ELIGIBILITY)
                .then().statusCode(200)
                .body("outcome", equalTo("BLOCK"))
                .body("findings.code", equalTo(List.of("client-not-bookable")));
    }

    @Test
    void anUnknownProtocolOrClientIs404SayingWhich() {
        String protocol = aProtocol().create();
        UUID unknown = UUID.randomUUID();
        as("service").queryParam("clientId", ClientsFixture.eligibleClient()).queryParam("protocolId", unknown)
                .when().get(ELIGIBILITY)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", containsString("No protocol with id " + unknown));
        as("service").queryParam("clientId", unknown).queryParam("protocolId", protocol)
                .when().get(ELIGIBILITY)
                .then().statusCode(404)
                .body("detail", containsString("No client with id " + unknown));
    }

    @Test
    void badParametersAre400sNamingThem() {
        String protocol = aProtocol().create();
        UUID client = UUID.randomUUID();
        as("service").queryParam("protocolId", protocol).when().get(ELIGIBILITY)
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"))
                .body("violations[0].in", equalTo("query"));
        as("service").queryParam("clientId", "not-a-uuid").queryParam("protocolId", protocol).when().get(ELIGIBILITY)
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol).queryParam("areas", "ELBOWS")
                .when().get(ELIGIBILITY).then().statusCode(400).body("violations[0].field", equalTo("areas"));
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol).queryParam("areas", "SCALP")
                .when().get(ELIGIBILITY).then().statusCode(400).body("violations[0].field", equalTo("areas"))
                .body("violations[0].message", containsString("not one of this protocol's treatment areas"));
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol).queryParam("on", "21/11/2026")
                .when().get(ELIGIBILITY).then().statusCode(400).body("violations[0].field", equalTo("on"));
    }

    private static final String SERIES = ELIGIBILITY + "/series";

    @Test
    void aSeriesIsJudgedOnEachDateInTheOrderAsked() {
        LocalDate peel = LocalDate.now().minusDays(2);
        UUID client = aClient().answering("chemicalPeel", Map.of("occurred", true, "lastOn", peel.toString()))
                .create();
        String protocol = aProtocol().create();
        LocalDate later = peel.plusDays(30);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        as("front-desk").queryParam("clientId", client).queryParam("protocolId", protocol)
                .queryParam("on", later.toString(), tomorrow.toString(), later.toString())
                .when().get(SERIES)
                .then().statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("protocolId", equalTo(protocol))
                .body("protocolVersion", equalTo(1))
                .body("dates", hasSize(2))
                .body("dates[0].on", equalTo(later.toString()))
                .body("dates[0].outcome", equalTo("OK"))
                .body("dates[0].findings", hasSize(0))
                .body("dates[1].on", equalTo(tomorrow.toString()))
                .body("dates[1].outcome", equalTo("BLOCK"))
                .body("dates[1].findings[0].code", equalTo("contraindication.chemical-peel"))
                .body("checkedAt", notNullValue());
        // Each verdict is the one checkEligibility gives for that date.
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol)
                .queryParam("on", tomorrow.toString())
                .when().get(ELIGIBILITY).then().statusCode(200).body("outcome", equalTo("BLOCK"))
                .body("findings[0].code", equalTo("contraindication.chemical-peel"));
    }

    @Test
    void aSeriesForAClientWithoutConsentBlocksOnEveryDate() {
        UUID client = aClient().withoutConsent().create();
        as("service").queryParam("clientId", client).queryParam("protocolId", aProtocol().create())
                .queryParam("on", LocalDate.now().plusDays(1).toString(), LocalDate.now().plusDays(29).toString())
                .when().get(SERIES)
                .then().statusCode(200)
                .body("dates.outcome", equalTo(List.of("BLOCK", "BLOCK")))
                .body("dates[1].findings.code", equalTo(List.of("consent-missing")));
    }

    @Test
    void aSeriesCheckNeedsOneToTwelveValidDates() {
        String protocol = aProtocol().create();
        UUID client = ClientsFixture.eligibleClient();
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol)
                .when().get(SERIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("on")).body("violations[0].in", equalTo("query"))
                .body("violations[0].message", containsString("is required"));
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol)
                .queryParam("on", "2026-12-03", "03/12/2026")
                .when().get(SERIES).then().statusCode(400).body("violations[0].field", equalTo("on"));
        Object[] thirteen = java.util.stream.IntStream.range(1, 14)
                .mapToObj(d -> LocalDate.now().plusDays(d).toString()).toArray();
        as("service").queryParam("clientId", client).queryParam("protocolId", protocol).queryParam("on", thirteen)
                .when().get(SERIES).then().statusCode(400).body("violations[0].field", equalTo("on"))
                .body("violations[0].message", containsString("at most 12 dates"));
        UUID unknown = UUID.randomUUID();
        as("service").queryParam("clientId", unknown).queryParam("protocolId", protocol)
                .queryParam("on", LocalDate.now().plusDays(1).toString())
                .when().get(SERIES).then().statusCode(404)
                .body("detail", containsString("No client with id " + unknown));
        as("integration").queryParam("clientId", client).queryParam("protocolId", protocol)
                .queryParam("on", LocalDate.now().plusDays(1).toString())
                .when().get(SERIES).then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "integration" })
    void integrationsMayNotCheckEligibility(String role) {
        as(role).queryParam("clientId", UUID.randomUUID()).queryParam("protocolId", UUID.randomUUID())
                .when().get(ELIGIBILITY).then().statusCode(403);
    }

    @Test
    void withoutATokenIs401() {
        given().queryParam("clientId", UUID.randomUUID()).queryParam("protocolId", UUID.randomUUID())
                .when().get(ELIGIBILITY).then().statusCode(401);
    }
}
