package care.needlepoint.scheduling.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document committed under docs/api/ is the contract integrators code against; this test fails when the
 * live document differs from it, naming the JSON paths that differ. After an intended API change, regenerate it with
 * {@code ./mvnw test -Pupdate-api-docs} and commit the result with the change.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String SERVICE = "scheduling-service";
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
        List<String> differences = new ArrayList<>();
        differences(JSON.readTree(Files.readString(committed)), live, "", differences);
        assertThat(differences)
                .as("the live OpenAPI document of %s differs from %s at these paths (committed vs live); if the "
                        + "change is intended, run ./mvnw test -Pupdate-api-docs and commit the result",
                        SERVICE, committed)
                .isEmpty();
    }

    private static void differences(JsonNode committed, JsonNode live, String path, List<String> found) {
        if (found.size() >= 20 || committed.equals(live)) {
            return;
        }
        if (committed.isObject() && live.isObject()) {
            Set<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            live.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode before = committed.get(name);
                JsonNode after = live.get(name);
                String child = path + "/" + name;
                if (before == null || after == null) {
                    found.add(child + (before == null ? " added" : " removed"));
                } else {
                    differences(before, after, child, found);
                }
            }
            return;
        }
        if (committed.isArray() && live.isArray() && committed.size() == live.size()) {
            Iterator<JsonNode> before = committed.elements();
            Iterator<JsonNode> after = live.elements();
            for (int index = 0; before.hasNext(); index++) {
                differences(before.next(), after.next(), path + "/" + index, found);
            }
            return;
        }
        found.add(path + ": " + excerpt(committed.toString(), live.toString()) + " -> "
                + excerpt(live.toString(), committed.toString()));
    }

    /** The part of {@code text} around its first difference from {@code other}, so long strings stay readable. */
    private static String excerpt(String text, String other) {
        int first = 0;
        while (first < text.length() && first < other.length() && text.charAt(first) == other.charAt(first)) {
            first++;
        }
        int from = Math.max(0, first - 40);
        int to = Math.min(text.length(), first + 60);
        return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
    }
}
