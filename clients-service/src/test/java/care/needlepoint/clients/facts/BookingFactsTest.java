package care.needlepoint.clients.facts;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static care.needlepoint.clients.support.ConsentBuilder.aConsentTo;
import static care.needlepoint.clients.support.ConsentDocumentBuilder.aConsentDocument;
import static care.needlepoint.clients.support.ScreeningBuilder.aScreening;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.support.ConsentBuilder;
import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The one read other services make before booking or treating (README, "Booking facts"). */
@QuarkusTest
class BookingFactsTest {

    private static Response facts(String clientId, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/clients/" + clientId + "/booking-facts");
    }

    @Test
    void aClientWithAScreeningAndConsentsHasThemAllInOneRead() {
        String clientId = aClient().with("timeZone", "Europe/Stockholm").create();
        String screeningId = aScreening().present("activeAcneOrInfection", "CHEEKS").recordFor(clientId);
        String treatment = aConsentDocument("MICRONEEDLING_TREATMENT").publish().id();
        String photography = aConsentDocument("PHOTOGRAPHY").publish().id();
        String treatmentConsent = aConsentTo(treatment).recordFor(clientId);
        String photographyConsent = aConsentTo(photography).recordFor(clientId);
        ConsentBuilder.revoke(clientId, photographyConsent, "Changed her mind");

        Response facts = facts(clientId, TestTokens.forUser("scheduling-service", "service"))
                .then().statusCode(200).extract().response();

        assertThat(facts.<String>path("clientId")).isEqualTo(clientId);
        assertThat(facts.<String>path("status")).isEqualTo("ACTIVE");
        assertThat(facts.<Boolean>path("bookable")).isTrue();
        assertThat(facts.<String>path("timeZone")).isEqualTo("Europe/Stockholm");
        assertThat(facts.<String>path("screening.id")).isEqualTo(screeningId);
        assertThat(facts.<String>path("screening.state")).isEqualTo("CURRENT");
        assertThat(facts.<List<String>>path("screening.answers.activeAcneOrInfection.areas")).containsExactly("CHEEKS");
        assertThat(facts.<List<String>>path("validConsents.id")).containsExactly(treatmentConsent);
        assertThat(facts.<String>path("asOf")).isNotBlank();
    }

    @Test
    void aClientWithNothingRecordedHasNoScreeningAndNoConsents() {
        String clientId = aClient().create();
        facts(clientId, TestTokens.forRole("practitioner")).then().statusCode(200)
                .body("screening", nullValue())
                .body("validConsents", hasSize(0));
    }

    @Test
    void archivedAndErasedClientsAreAnsweredAsNotBookable() {
        String archived = aClient().create();
        ClientBuilder.archive(archived);
        facts(archived, TestTokens.forRole("service")).then().statusCode(200)
                .body("status", equalTo("ARCHIVED")).body("bookable", equalTo(false));

        String erased = aClient().create();
        ClientBuilder.erase(erased);
        facts(erased, TestTokens.forRole("service")).then().statusCode(200)
                .body("status", equalTo("ERASED")).body("bookable", equalTo(false));
    }

    @Test
    void anUnknownClientIs404() {
        facts("7d1f4c8e-0000-4000-8000-000000000000", TestTokens.forRole("service")).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyServicesPractitionersAndAdminsReadThem() {
        String clientId = aClient().create();
        for (String role : List.of("front-desk", "integration")) {
            facts(clientId, TestTokens.forRole(role)).then().statusCode(403);
        }
        for (String role : List.of("service", "practitioner", "admin")) {
            facts(clientId, TestTokens.forRole(role)).then().statusCode(200);
        }
    }

    @Test
    void theReadIsAuditedWithThePersonTheServiceActsFor() {
        String clientId = aClient().create();
        given().auth().oauth2(TestTokens.forUser("scheduling-service", "service"))
                .header("Needlepoint-On-Behalf-Of", "front-desk:sam")
                .when().get("/api/v1/clients/" + clientId + "/booking-facts").then().statusCode(200);
        // A person cannot make the trail name someone else: the header counts only from a service.
        given().auth().oauth2(TestTokens.forUser("practitioner:ana", "practitioner"))
                .header("Needlepoint-On-Behalf-Of", "someone-else")
                .when().get("/api/v1/clients/" + clientId + "/booking-facts").then().statusCode(200);

        Response trail = given().auth().oauth2(TestTokens.forRole("admin"))
                .when().get("/api/v1/clients/" + clientId + "/audit-events")
                .then().statusCode(200).extract().response();
        assertThat(trail.<String>path("items[0].recordType")).isEqualTo("BOOKING_FACTS");
        assertThat(trail.<String>path("items[0].actor")).isEqualTo("practitioner:ana");
        assertThat(trail.<String>path("items[0].onBehalfOf")).isNull();
        assertThat(trail.<String>path("items[1].actor")).isEqualTo("scheduling-service");
        assertThat(trail.<String>path("items[1].onBehalfOf")).isEqualTo("front-desk:sam");
    }
}
