package care.needlepoint.clients.consent;

import static care.needlepoint.clients.support.ConsentDocumentBuilder.aConsentDocument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.clients.support.ConsentDocumentBuilder;
import care.needlepoint.clients.support.ConsentDocumentBuilder.Published;
import care.needlepoint.clients.support.Rows;
import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ConsentDocumentResourceTest {

    private static final String DOCUMENTS = "/api/v1/consent-documents";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static Response publish(String role, Object body) {
        return given().auth().oauth2(TestTokens.forRole(role))
                .contentType(ContentType.JSON).body(body)
                .when().post(DOCUMENTS);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every item of the list with these filters, followed page by page; checks each page's size on the way. */
    private static List<Map<String, Object>> allPages(Map<String, String> filters, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.forRole("front-desk"))
                    .queryParams(filters).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(DOCUMENTS).then().statusCode(200).extract().response();
            List<Map<String, Object>> pageItems = page.path("items");
            cursor = page.path("nextCursor");
            assertThat(pageItems).hasSizeLessThanOrEqualTo(limit);
            if (cursor != null) {
                assertThat(pageItems).as("a page with a next cursor is full").hasSize(limit);
            }
            items.addAll(pageItems);
        } while (cursor != null);
        return items;
    }

    @Test
    void publishedDocumentCanBeReadBackWithItsHashAndPublisher() throws Exception {
        ConsentDocumentBuilder document = aConsentDocument("PHOTOGRAPHY")
                .with("title", "  Consent to clinical photographs " + UUID.randomUUID() + "  ")
                .with("text", "  Photographs of the treated areas are taken before and after each session.\r\n"
                        + "Ünïcödé – kept exactly. ");
        Response created = given().auth().oauth2(TestTokens.forUser("admin:noor.haddad", "admin"))
                .contentType(ContentType.JSON).body(document.body())
                .when().post(DOCUMENTS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(DOCUMENTS + "/" + id);

        Response read = given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(DOCUMENTS + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("kind", equalTo("PHOTOGRAPHY"))
                .body("current", equalTo(true))
                .body("title", equalTo(document.title().strip()))
                .body("text", equalTo(document.text()))
                .body("textSha256", equalTo(sha256(document.text())))
                .body("publishedBy", equalTo("admin:noor.haddad"))
                .extract().response();
        assertThat(read.asString()).isEqualTo(created.asString());
        assertThat(read.<Integer>path("version")).isPositive();
        assertThat(Instant.parse(read.path("publishedAt"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void versionsCountUpPerKindAndTheNewestIsCurrent() {
        Published first = aConsentDocument("MARKETING").publish();
        Published second = aConsentDocument("MARKETING").publish();
        Published otherKind = aConsentDocument("PHOTOGRAPHY").publish();
        Published third = aConsentDocument("MARKETING").publish();

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(third.version()).isEqualTo(first.version() + 2);
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(DOCUMENTS + "/" + first.id())
                .then().statusCode(200).body("current", equalTo(false));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(DOCUMENTS + "/" + third.id())
                .then().statusCode(200).body("current", equalTo(true));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(DOCUMENTS + "/" + otherKind.id())
                .then().statusCode(200).body("current", equalTo(true));
    }

    @Test
    void concurrentPublicationsOfOneKindGetConsecutiveVersions() throws Exception {
        int admins = 8;
        int before = aConsentDocument("PHOTOGRAPHY").publish().version();
        String token = TestTokens.forRole("admin");
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        List<Integer> versions = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < admins; i++) {
                Map<String, Object> body = aConsentDocument("PHOTOGRAPHY").body();
                calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .when().post(DOCUMENTS));
            }
            for (Future<Response> response : pool.invokeAll(calls)) {
                assertThat(response.get().statusCode()).isEqualTo(201);
                versions.add(response.get().path("version"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(versions).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(before + 1, before + admins).boxed().toList());
        // Exactly one of them is current: the highest.
        List<Map<String, Object>> current = allPages(Map.of("kind", "PHOTOGRAPHY", "current", "true"), 50);
        assertThat(current).singleElement().satisfies(item -> assertThat(item.get("version")).isEqualTo(before + admins));
    }

    @Test
    void aRepeatedPublicationWithTheSameIdempotencyKeyPublishesOnce() {
        String key = UUID.randomUUID().toString();
        ConsentDocumentBuilder document = aConsentDocument("MARKETING");
        String token = TestTokens.forRole("admin");
        Response first = given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(document.body())
                .when().post(DOCUMENTS).then().statusCode(201).extract().response();
        Map<String, Long> before = Rows.countAll();

        Response again = given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(document.body())
                .when().post(DOCUMENTS).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().response();

        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void unknownDocumentIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(DOCUMENTS + "/7d1f4c8e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("No consent document with id 7d1f4c8e-0000-4000-8000-000000000000."));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(DOCUMENTS + "/not-a-uuid")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void listShowsKindsInCodeOrderNewestVersionFirstWithoutTheText() {
        Published marketing = aConsentDocument("MARKETING").publish();
        Published treatment = aConsentDocument("MICRONEEDLING_TREATMENT").publish();

        List<Map<String, Object>> all = allPages(Map.of(), 2);
        assertThat(all).extracting(item -> item.get("id")).doesNotHaveDuplicates()
                .contains(marketing.id(), treatment.id());
        List<String> sortKeys = all.stream()
                .map(item -> item.get("kind") + "/" + String.format("%09d", Integer.MAX_VALUE - (int) item.get("version")))
                .toList();
        assertThat(sortKeys).isSorted();
        assertThat(all).allSatisfy(item -> assertThat(item).doesNotContainKey("text").containsKey("textSha256"));
        assertThat(all).filteredOn(item -> item.get("id").equals(marketing.id()))
                .singleElement().satisfies(item -> assertThat(item.get("current")).isEqualTo(true));
    }

    @Test
    void listFiltersByKindAndCurrency() {
        Published older = aConsentDocument("MICRONEEDLING_TREATMENT").publish();
        Published newer = aConsentDocument("MICRONEEDLING_TREATMENT").publish();

        List<Map<String, Object>> current = allPages(Map.of("current", "true"), 50);
        assertThat(current).extracting(item -> item.get("kind")).doesNotHaveDuplicates();
        assertThat(current).extracting(item -> item.get("id")).contains(newer.id()).doesNotContain(older.id());
        assertThat(current).allSatisfy(item -> assertThat(item.get("current")).isEqualTo(true));

        List<Map<String, Object>> superseded = allPages(Map.of("kind", "MICRONEEDLING_TREATMENT", "current", "false"),
                3);
        assertThat(superseded).extracting(item -> item.get("id")).contains(older.id()).doesNotContain(newer.id());
        assertThat(superseded).allSatisfy(item -> {
            assertThat(item.get("kind")).isEqualTo("MICRONEEDLING_TREATMENT");
            assertThat(item.get("current")).isEqualTo(false);
        });

        List<Map<String, Object>> ofKind = allPages(Map.of("kind", "MICRONEEDLING_TREATMENT"), 50);
        assertThat(ofKind).extracting(item -> item.get("kind")).containsOnly("MICRONEEDLING_TREATMENT");
        assertThat(ofKind.get(0).get("id")).isEqualTo(newer.id());
    }

    @Test
    void badQueryParametersAreProblemsNamingThem() {
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("kind", "TATTOO")
                .when().get(DOCUMENTS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].in", equalTo("query"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("current", "yes")
                .when().get(DOCUMENTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("current"))
                .body("violations[0].message", equalTo("must be true or false"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("cursor", "bm90IG91cnM")
                .when().get(DOCUMENTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("limit", 0)
                .when().get(DOCUMENTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void aCursorWithAForeignSortKeyIsRefused() {
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("[\"TATTOO\",\"x\"]".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("cursor", forged)
                .when().get(DOCUMENTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void missingFieldsAreListedAndNothingIsStored() {
        Map<String, Long> before = Rows.countAll();
        publish("admin", aConsentDocument().without("kind").without("title").without("text").body())
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", equalTo(List.of("kind", "text", "title")));
        publish("admin", "")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void blankAndOverlongValuesAreRefused() {
        Map<String, Long> before = Rows.countAll();
        publish("admin", aConsentDocument().with("title", "   ").with("text", " \n ").body())
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("text", "title")));
        publish("admin", aConsentDocument().with("title", "t".repeat(201)).with("text", "x".repeat(100_001)).body())
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("text", "title")));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theLongestTextAndTitleAreAccepted() {
        Response created = publish("admin",
                aConsentDocument().with("title", "t".repeat(200)).with("text", "x".repeat(100_000)).body())
                .then().statusCode(201).extract().response();
        given().auth().oauth2(TestTokens.forRole("admin"))
                .when().get(DOCUMENTS + "/" + created.<String>path("id"))
                .then().statusCode(200)
                .body("text.length()", equalTo(100_000));
    }

    @ParameterizedTest
    @ValueSource(strings = { "TATTOO", "microneedling_treatment" })
    void anUnknownKindIsRefused(String kind) {
        Map<String, Long> before = Rows.countAll();
        publish("admin", aConsentDocument().with("kind", kind).body())
                .then().statusCode(400)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", equalTo("must be one of MICRONEEDLING_TREATMENT, PHOTOGRAPHY, "
                        + "MARKETING"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void wrongTypesAndUnknownFieldsAreRefused() {
        Map<String, Long> before = Rows.countAll();
        publish("admin", aConsentDocument().with("title", 42).body())
                .then().statusCode(400)
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message", equalTo("must be a string"));
        publish("admin", aConsentDocument().with("text", List.of("a", "b")).body())
                .then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
        publish("admin", aConsentDocument().with("version", 7).body())
                .then().statusCode(400)
                .body("violations[0].field", equalTo("version"))
                .body("violations[0].message", equalTo("is not a field of this request; check the spelling against "
                        + "the API document"));
        publish("admin", aConsentDocument().with("textSha256", "0".repeat(64)).body())
                .then().statusCode(400)
                .body("violations[0].field", equalTo("textSha256"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "integration", "service" })
    void onlyAdministratorsPublish(String role) {
        Map<String, Long> before = Rows.countAll();
        publish(role, aConsentDocument().body())
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "forbidden"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "admin", "integration" })
    void staffAndIntegrationsReadDocuments(String role) {
        Published document = aConsentDocument().publish();
        given().auth().oauth2(TestTokens.forRole(role)).queryParam("limit", 1)
                .when().get(DOCUMENTS)
                .then().statusCode(200)
                .body("items[0]", hasKey("id"))
                .body("items[0]", not(hasKey("text")));
        given().auth().oauth2(TestTokens.forRole(role))
                .when().get(DOCUMENTS + "/" + document.id())
                .then().statusCode(200)
                .body("id", equalTo(document.id()));
    }

    @Test
    void servicesDoNotReadDocuments() {
        Published document = aConsentDocument().publish();
        given().auth().oauth2(TestTokens.forRole("service"))
                .when().get(DOCUMENTS)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("service"))
                .when().get(DOCUMENTS + "/" + document.id())
                .then().statusCode(403);
    }

    @Test
    void withoutATokenNothingIsPublishedOrRead() {
        given().contentType(ContentType.JSON).body(aConsentDocument().body())
                .when().post(DOCUMENTS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().when().get(DOCUMENTS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void publishedDocumentsCannotBeChangedEvenBehindTheServicesBack() throws SQLException {
        Published document = aConsentDocument().publish();
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE clients.consent_document SET text = 'changed' WHERE id = ?::uuid");
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM clients.consent_document WHERE id = ?::uuid")) {
            update.setString(1, document.id());
            assertThatThrownBy(update::executeUpdate).hasMessageContaining("immutable");
            delete.setString(1, document.id());
            assertThatThrownBy(delete::executeUpdate).hasMessageContaining("immutable");
        }
        given().auth().oauth2(TestTokens.forRole("admin"))
                .when().get(DOCUMENTS + "/" + document.id())
                .then().statusCode(200)
                .body("text", not(equalTo("changed")))
                .body("textSha256", equalTo(document.textSha256()));
    }

    @Test
    void documentReadsAreNotAudited() {
        Published document = aConsentDocument().publish();
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(DOCUMENTS + "/" + document.id())
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(DOCUMENTS)
                .then().statusCode(200)
                .body("items.id", not(hasItem(nullValue())));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
