package care.needlepoint.clients.client;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The clients role matrix of the service README, cell by cell: an allowed role gets past authorisation (any answer
 * but 401/403), every other role gets 403 and changes nothing.
 */
@QuarkusTest
class ClientRoleMatrixTest {

    private static final List<String> ROLES = List.of("front-desk", "practitioner", "admin", "integration", "service");

    private record Cell(String operation, Set<String> allowed, Function<RequestSpecification, Integer> call) {
    }

    @Test
    void everyRoleGetsExactlyTheClientOperationsOfTheMatrix() {
        List<String> wrong = new ArrayList<>();
        for (String role : ROLES) {
            for (Cell cell : cells()) {
                int status = cell.call().apply(given().auth().oauth2(TestTokens.forRole(role)));
                boolean allowed = cell.allowed().contains(role);
                if (allowed && (status == 401 || status == 403) || !allowed && status != 403) {
                    wrong.add(cell.operation() + " as " + role + " answered " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Cell> cells() {
        Set<String> people = Set.of("front-desk", "practitioner", "admin");
        Set<String> peopleAndIntegrations = Set.of("front-desk", "practitioner", "admin", "integration");
        return List.of(
                new Cell("createClient", peopleAndIntegrations, request -> request.contentType(ContentType.JSON)
                        .body(aClient().body()).post("/api/v1/clients").statusCode()),
                new Cell("listClients", peopleAndIntegrations,
                        request -> request.queryParam("name", "nobody-at-all").get("/api/v1/clients").statusCode()),
                new Cell("getClient", peopleAndIntegrations,
                        request -> request.get("/api/v1/clients/" + aClient().create()).statusCode()),
                new Cell("updateClient", people, request -> {
                    var builder = aClient();
                    String id = builder.create();
                    return request.header("If-Match", "\"0\"").contentType(ContentType.JSON).body(builder.body())
                            .put("/api/v1/clients/" + id).statusCode();
                }),
                new Cell("archiveClient", people,
                        request -> request.post("/api/v1/clients/" + aClient().create() + "/archive").statusCode()),
                new Cell("restoreClient", people,
                        request -> request.post("/api/v1/clients/" + aClient().create() + "/restore").statusCode()),
                new Cell("eraseClient", Set.of("admin"), request -> request.contentType(ContentType.JSON)
                        .body(Map.of("reason", "matrix")).post("/api/v1/clients/" + aClient().create() + "/erasure")
                        .statusCode()),
                new Cell("listClientAuditEvents", Set.of("admin"),
                        request -> request.get("/api/v1/clients/" + aClient().create() + "/audit-events")
                                .statusCode()));
    }
}
