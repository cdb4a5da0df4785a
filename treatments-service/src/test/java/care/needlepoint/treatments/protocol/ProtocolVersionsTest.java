package care.needlepoint.treatments.protocol;

import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.depthLimit;
import static care.needlepoint.treatments.support.ProtocolBuilder.list;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.ProtocolBuilder;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Editing a protocol creates a new version; old versions stay readable and unchanged. */
@QuarkusTest
class ProtocolVersionsTest {

    private static final String PROTOCOLS = "/api/v1/protocols";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    private static Response put(String id, String ifMatch, ProtocolBuilder protocol) {
        RequestSpecification request = given().auth().oauth2(TestTokens.forUser("admin-kofi", "admin"))
                .contentType(ContentType.JSON).body(protocol.body());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(PROTOCOLS + "/" + id);
    }

    @Test
    void anEditCreatesTheNextVersionAndKeepsTheOldOneAsItWas() {
        ProtocolBuilder protocol = aProtocol();
        String id = protocol.create();
        // Read version 1 first, so that the service holds its copy of it: the next read must still see the edit.
        as("front-desk").when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("current", equalTo(true));

        Response edited = put(id, "\"1\"", protocol.with("depthLimits[0].maxMm", 2.5).with("name", "Deeper scars"))
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("id", equalTo(id))
                .body("version", equalTo(2))
                .body("current", equalTo(true))
                .body("name", equalTo("Deeper scars"))
                .body("depthLimits[0].maxMm", equalTo(2.5f))
                .body("versionCreatedBy", equalTo("admin-kofi"))
                .extract().response();
        assertThat(edited.header("Content-Location")).endsWith(PROTOCOLS + "/" + id + "/versions/2");

        as("front-desk").when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2))
                .body("name", equalTo("Deeper scars"));
        Response first = as("practitioner").when().get(PROTOCOLS + "/" + id + "/versions/1")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("current", equalTo(false))
                .body("name", startsWith("Acne scar revision"))
                .extract().response();
        assertThat(first.<Float>path("depthLimits[0].maxMm")).isEqualTo(2.0f);
        assertThat(first.<String>path("createdAt")).isEqualTo(edited.<String>path("createdAt"));
        assertThat(first.<String>path("versionCreatedAt")).isNotEqualTo(edited.<String>path("versionCreatedAt"));
        as("practitioner").when().get(PROTOCOLS + "/" + id + "/versions/2")
                .then().statusCode(200)
                .body("current", equalTo(true))
                .body("name", equalTo("Deeper scars"));
        assertThat(Rows.versionsOf(id)).isEqualTo(2);
    }

    @Test
    void anEditNeedsTheCurrentETag() {
        ProtocolBuilder protocol = aProtocol();
        String id = protocol.create();
        Map<String, Long> before = Rows.countAll();

        put(id, null, protocol.with("name", "No precondition"))
                .then().statusCode(428)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "precondition-required"));
        put(id, "\"2\"", protocol.with("name", "From the future"))
                .then().statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "precondition-failed"))
                .body("detail", containsString("\"1\""));
        put(id, "W/\"1\"", protocol.with("name", "Weak tag"))
                .then().statusCode(412)
                .contentType(PROBLEM_JSON);
        assertThat(Rows.countAll()).isEqualTo(before);

        put(id, "\"1\"", protocol.with("name", "Second")).then().statusCode(200).header("ETag", equalTo("\"2\""));
        put(id, "\"1\"", protocol.with("name", "Stale")).then().statusCode(412)
                .body("detail", containsString("\"2\""));
        as("admin").when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("name", equalTo("Second"));
        assertThat(Rows.versionsOf(id)).isEqualTo(2);
    }

    @Test
    void ofConcurrentEditsWithTheSameETagOneWinsAndTheOthersGet412() throws Exception {
        ProtocolBuilder original = aProtocol();
        String id = original.create();
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                ProtocolBuilder edit = aProtocol().with("code", original.code()).with("name", "Writer " + i);
                edits.add(() -> put(id, "\"1\"", edit).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(edits)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        as("admin").when().get(PROTOCOLS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"2\""));
        assertThat(Rows.versionsOf(id)).isEqualTo(2);
    }

    @Test
    void anEditThatChangesNothingCreatesNoVersion() {
        ProtocolBuilder protocol = aProtocol().with("name", "  Padded name  ");
        String id = protocol.create();
        // The same fields, the name padded differently and depths written with other scales: the same definition.
        put(id, "\"1\"", protocol.with("name", "Padded name").with("depthLimits[0].minMm", 1.00))
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1));
        assertThat(Rows.versionsOf(id)).isEqualTo(1);
    }

    @Test
    void theResolvedRulesSentBackKeepTheRulesAsTheyAre() {
        ProtocolBuilder protocol = aProtocol();
        String id = protocol.create();
        List<Object> resolved = as("admin").when().get(PROTOCOLS + "/" + id).path("contraindicationRules");
        put(id, "\"1\"", protocol.with("contraindicationRules", resolved))
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        assertThat(Rows.versionsOf(id)).isEqualTo(1);
    }

    @Test
    void theCodeCannotChange() {
        ProtocolBuilder protocol = aProtocol();
        String id = protocol.create();
        Map<String, Long> before = Rows.countAll();
        put(id, "\"1\"", aProtocol())
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", containsString(protocol.code()));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anInconsistentEditIsAProblemAndChangesNothing() {
        ProtocolBuilder protocol = aProtocol();
        String id = protocol.create();
        Map<String, Long> before = Rows.countAll();
        put(id, "\"1\"", protocol.with("treatmentAreas", list("CHEEKS", "TEMPLES", "CHIN")))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("treatmentAreas[2]"));
        put(id, "\"1\"", protocol.with("depthLimits[0].maxMm", 3.5))
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("depthLimits[0].maxMm")));
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"code\": 42}").when().put(PROTOCOLS + "/" + id)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "integration", "service" })
    void onlyAnAdministratorMayEditAProtocol(String role) {
        ProtocolBuilder protocol = aProtocol();
        String id = protocol.create();
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(protocol.with("name", "Not yours").body())
                .when().put(PROTOCOLS + "/" + id)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "forbidden"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void editingAnUnknownProtocolIsNotFound() {
        Map<String, Long> before = Rows.countAll();
        put("7d1f4c8e-0000-4000-8000-000000000001", "\"1\"", aProtocol())
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theCatalogueListsEachProtocolOnceAtItsCurrentVersion() {
        String name = "Versioned " + UUID.randomUUID();
        ProtocolBuilder protocol = aProtocol().with("name", name + " first");
        String id = protocol.create();
        put(id, "\"1\"", protocol.with("name", name + " second")
                .with("treatmentAreas", list("CHEEKS", "CHIN"))
                .with("depthLimits[1]", depthLimit("CHIN", "PEN", 0.5, 1.5)))
                .then().statusCode(200);

        List<Map<String, Object>> items = as("front-desk").queryParam("limit", 200).when().get(PROTOCOLS)
                .then().statusCode(200).extract().path("items");
        assertThat(items).filteredOn(item -> id.equals(item.get("id"))).singleElement()
                .satisfies(item -> {
                    assertThat(item.get("version")).isEqualTo(2);
                    assertThat(item.get("name")).isEqualTo(name + " second");
                });
        // The area filter reads the current version: CHIN now, TEMPLES no longer.
        List<String> onTheChin = as("front-desk").queryParam("area", "CHIN").queryParam("limit", 200)
                .when().get(PROTOCOLS).then().statusCode(200).extract().path("items.id");
        List<String> onTheTemples = as("front-desk").queryParam("area", "TEMPLES").queryParam("limit", 200)
                .when().get(PROTOCOLS).then().statusCode(200).extract().path("items.id");
        assertThat(onTheChin).contains(id);
        assertThat(onTheTemples).doesNotContain(id);
    }

    @Test
    void versionsAreListedNewestFirstPageByPage() {
        ProtocolBuilder protocol = aProtocol();
        String id = protocol.create();
        for (int version = 1; version <= 3; version++) {
            put(id, "\"" + version + "\"", protocol.with("procedureMinutes", 45 + version * 5))
                    .then().statusCode(200);
        }
        Response first = as("integration").queryParam("limit", 3).when().get(PROTOCOLS + "/" + id + "/versions")
                .then().statusCode(200)
                .body("items.version", equalTo(List.of(4, 3, 2)))
                .body("items.current", equalTo(List.of(true, false, false)))
                .body("items.procedureMinutes", equalTo(List.of(60, 55, 50)))
                .body("nextCursor", notNullValue())
                .extract().response();
        as("integration").queryParam("limit", 3).queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(PROTOCOLS + "/" + id + "/versions")
                .then().statusCode(200)
                .body("items.version", equalTo(List.of(1)))
                .body("items[0].procedureMinutes", equalTo(45))
                .body("nextCursor", nullValue());
    }

    @Test
    void aVersionListCursorThatIsNotOursIsAQueryProblem() {
        String id = aProtocol().create();
        as("integration").queryParam("cursor", "bm90LW91cnM").when().get(PROTOCOLS + "/" + id + "/versions")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
        // A cursor of the catalogue list is not a cursor of a version list.
        aProtocol().create();
        String catalogueCursor = as("integration").queryParam("limit", 1).when().get(PROTOCOLS)
                .then().statusCode(200).extract().path("nextCursor");
        as("integration").queryParam("cursor", catalogueCursor).when().get(PROTOCOLS + "/" + id + "/versions")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void aVersionThatDoesNotExistIsNotFound() {
        String id = aProtocol().create();
        for (String version : List.of("2", "0", "-1")) {
            as("practitioner").when().get(PROTOCOLS + "/" + id + "/versions/" + version)
                    .then().statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(TYPES + "not-found"));
        }
        as("practitioner").when().get(PROTOCOLS + "/" + id + "/versions/2")
                .then().body("detail", equalTo("Protocol " + id + " has no version 2."));
        as("practitioner").when().get(PROTOCOLS + "/7d1f4c8e-0000-4000-8000-000000000002/versions/1")
                .then().statusCode(404)
                .body("detail", equalTo("No protocol with id 7d1f4c8e-0000-4000-8000-000000000002."));
        as("practitioner").when().get(PROTOCOLS + "/7d1f4c8e-0000-4000-8000-000000000002/versions")
                .then().statusCode(404)
                .body("type", equalTo(TYPES + "not-found"));
        as("practitioner").when().get(PROTOCOLS + "/" + id + "/versions")
                .then().statusCode(200)
                .body("items", hasSize(1));
    }
}
