package care.needlepoint.clients.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document committed under docs/api/ is the contract integrators code against; this test fails when the
 * live document differs from it. After an intended API change, regenerate it with
 * {@code ./mvnw test -Pupdate-api-docs} and commit the result with the change.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String SERVICE = "clients-service";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void liveDocumentMatchesTheCommittedContract() throws IOException {
        JsonNode live = JSON.readTree(given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        Path committed = Path.of(System.getProperty("needlepoint.api-docs.dir", "../docs/api"), SERVICE + ".json");

        if (Boolean.getBoolean("needlepoint.api-docs.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writeValueAsString(JSON.treeToValue(live, Object.class)) + "\n");
        }

        assertThat(committed).as("committed contract; create it with ./mvnw test -Pupdate-api-docs").exists();
        JsonNode expected = JSON.readTree(Files.readString(committed));
        assertThat(live)
                .as("live OpenAPI document of %s differs from %s; if the change is intended, run "
                        + "./mvnw test -Pupdate-api-docs and commit the result", SERVICE, committed)
                .isEqualTo(expected);
    }
}
