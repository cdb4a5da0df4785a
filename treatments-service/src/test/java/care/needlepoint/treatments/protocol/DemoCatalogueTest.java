package care.needlepoint.treatments.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The demo catalogue that deploy/local loads through this API is accepted by it, as it is, in seconds rather than in
 * the cross-service suite: a change to the protocol shape that the demo file misses fails here first.
 */
@QuarkusTest
class DemoCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEMO = Path.of("deploy", "local", "src", "main", "resources", "demo", "protocols.json");

    private static JsonNode demoCatalogue() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DEMO))) {
                return JSON.readTree(dir.resolve(DEMO).toFile());
            }
        }
        throw new IllegalStateException(DEMO + " not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyDemoProtocolIsAcceptedAndReadsBackAsSent() throws IOException {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> indications = new ArrayList<>();
        for (JsonNode demo : demoCatalogue()) {
            ObjectNode protocol = demo.deepCopy();
            // Unique codes, so that this test does not depend on which other protocols exist.
            protocol.put("code", demo.path("code").asText() + suffix);
            String id = given().auth().oauth2(TestTokens.forRole("admin"))
                    .contentType(ContentType.JSON).body(protocol.toString())
                    .when().post("/api/v1/protocols")
                    .then().statusCode(201)
                    .body("version", equalTo(1))
                    .extract().path("id");
            JsonNode stored = JSON.readTree(given().auth().oauth2(TestTokens.forRole("practitioner"))
                    .when().get("/api/v1/protocols/" + id).then().statusCode(200).extract().asString());
            assertThat(stored.path("name").asText()).isEqualTo(demo.path("name").asText());
            assertThat(stored.path("treatmentAreas")).isEqualTo(demo.path("treatmentAreas"));
            assertThat(stored.path("depthLimits").size()).isEqualTo(demo.path("depthLimits").size());
            assertThat(stored.path("contraindicationRules").size()).isEqualTo(ScreeningItem.values().length);
            assertThat(stored.path("homeProgression").isNull()).isEqualTo(demo.path("homeProgression").isMissingNode());
            indications.add(demo.path("indication").asText());
        }
        // The catalogue the issue asks for: clinic acne scars, stretch marks on the body, fine lines and texture,
        // hair thinning, under-eye, and the home roller programme.
        assertThat(indications).containsExactlyInAnyOrder("ACNE_SCARS", "STRETCH_MARKS", "FINE_LINES_AND_TEXTURE",
                "HAIR_THINNING", "UNDER_EYE", "HOME_MAINTENANCE");
    }
}
