package care.needlepoint.clients.export;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static care.needlepoint.clients.support.ConsentBuilder.aConsentTo;
import static care.needlepoint.clients.support.ConsentDocumentBuilder.aConsentDocument;
import static care.needlepoint.clients.support.ScreeningBuilder.aScreening;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ClientExportTest {

    private static Response export(String clientId) {
        return given().auth().oauth2(TestTokens.forUser("admin:ines", "admin"))
                .when().get("/api/v1/clients/" + clientId + "/export")
                .then().statusCode(200).extract().response();
    }

    @Test
    void theExportHoldsTheRecordEveryScreeningEveryConsentAndTheTrail() {
        String clientId = aClient().with("notes", "Prefers mornings").create();
        String first = aScreening().recordFor(clientId);
        String second = aScreening().occurred("sunburn", "2026-08-01").recordFor(clientId);
        String document = aConsentDocument("MICRONEEDLING_TREATMENT").publish().id();
        String consent = aConsentTo(document).recordFor(clientId);

        Response export = export(clientId);

        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"client-" + clientId
                + ".json\"");
        assertThat(export.<Integer>path("formatVersion")).isEqualTo(1);
        assertThat(export.<String>path("exportedBy")).isEqualTo("admin:ines");
        assertThat(export.<String>path("client.id")).isEqualTo(clientId);
        assertThat(export.<String>path("client.notes")).isEqualTo("Prefers mornings");
        assertThat(export.<List<String>>path("screenings.id")).containsExactly(first, second);
        assertThat(export.<List<String>>path("consents.id")).containsExactly(consent);
        List<String> actions = export.path("auditEvents.action");
        assertThat(actions.get(0)).isEqualTo("CREATE");
        assertThat(actions.get(actions.size() - 1)).isEqualTo("EXPORT");
        assertThat(export.<List<String>>path("auditEvents.recordType")).contains("SCREENING", "CONSENT");
    }

    @Test
    void anErasedClientsExportHoldsWhatIsLeft() {
        String clientId = aClient().create();
        aScreening().recordFor(clientId);
        ClientBuilder.erase(clientId);

        Response export = export(clientId);
        assertThat(export.<String>path("client.status")).isEqualTo("ERASED");
        assertThat(export.<String>path("client.email")).isNull();
        assertThat(export.<List<Object>>path("screenings")).hasSize(1);
    }

    @Test
    void onlyAdminsExport() {
        String clientId = aClient().create();
        for (String role : List.of("front-desk", "practitioner", "integration", "service")) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get("/api/v1/clients/" + clientId + "/export")
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forRole("admin"))
                .when().get("/api/v1/clients/7d1f4c8e-0000-4000-8000-000000000000/export")
                .then().statusCode(404);
    }
}
