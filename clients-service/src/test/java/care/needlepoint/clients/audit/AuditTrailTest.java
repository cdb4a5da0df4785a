package care.needlepoint.clients.audit;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class AuditTrailTest {

    private static final String CLIENTS = "/api/v1/clients";

    private static Response trail(String clientId) {
        return given().auth().oauth2(TestTokens.forUser("admin:ines", "admin"))
                .when().get(CLIENTS + "/" + clientId + "/audit-events")
                .then().statusCode(200).extract().response();
    }

    @Test
    void readsListsAndWritesAreRecordedWithWhoAndWhatNewestFirst() {
        var builder = aClient();
        String id = builder.create();
        given().auth().oauth2(TestTokens.forUser("practitioner:ana", "practitioner"))
                .when().get(CLIENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser("integration:crm", "integration"))
                .queryParam("name", builder.familyName()).when().get(CLIENTS).then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser("practitioner:ana", "practitioner")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(builder.with("notes", "x").body())
                .when().put(CLIENTS + "/" + id).then().statusCode(200);

        Response trail = trail(id);
        assertThat(trail.<List<String>>path("items.action")).containsExactly("UPDATE", "LIST", "READ", "CREATE");
        assertThat(trail.<List<String>>path("items.actor"))
                .containsExactly("practitioner:ana", "integration:crm", "practitioner:ana", "test-front-desk");
        assertThat(trail.<List<String>>path("items[0].actorRoles")).containsExactly("practitioner");
        assertThat(trail.<List<String>>path("items.recordType")).containsOnly("CLIENT");
        assertThat(trail.<List<String>>path("items.recordId")).containsOnly(id);
    }

    @Test
    void readingTheTrailIsItselfAuditedAndPagesNewestFirst() {
        // A page never shows its own read: the read is recorded after the page is taken.
        String id = aClient().create();
        trail(id);
        Response first = given().auth().oauth2(TestTokens.forRole("admin")).queryParam("limit", 1)
                .when().get(CLIENTS + "/" + id + "/audit-events")
                .then().statusCode(200).body("items", hasSize(1)).extract().response();
        assertThat(first.<String>path("items[0].recordType")).isEqualTo("AUDIT_TRAIL");
        given().auth().oauth2(TestTokens.forRole("admin")).queryParam("limit", 5)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(CLIENTS + "/" + id + "/audit-events")
                .then().statusCode(200).body("items.action", equalTo(List.of("CREATE")));
    }

    @Test
    void onlyAdminsReadTheTrail() {
        String id = aClient().create();
        for (String role : List.of("front-desk", "practitioner", "integration", "service")) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get(CLIENTS + "/" + id + "/audit-events")
                    .then().statusCode(403);
        }
    }

    @Test
    void theTrailOfAnUnknownClientIs404() {
        given().auth().oauth2(TestTokens.forRole("admin"))
                .when().get(CLIENTS + "/7d1f4c8e-0000-4000-8000-000000000000/audit-events")
                .then().statusCode(404);
    }

    @Test
    void theTableRefusesUpdatesAndDeletesEvenFromItsOwner() throws SQLException {
        aClient().create();
        try (Connection connection = TestDatabase.adminConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SET ROLE clients");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE clients.audit_event SET actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM clients.audit_event"))
                    .hasMessageContaining("append-only");
        }
    }
}
