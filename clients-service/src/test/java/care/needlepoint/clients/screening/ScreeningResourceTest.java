package care.needlepoint.clients.screening;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static care.needlepoint.clients.support.ScreeningBuilder.aScreening;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.clients.platform.paging.Cursor;
import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.clients.support.Rows;
import care.needlepoint.clients.support.ScreeningBuilder;
import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Recording and reading screenings through the API, against the real database: success paths, roles, audit. */
@QuarkusTest
class ScreeningResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";
    private static final Duration VALID_FOR = Duration.ofDays(90);

    private static String screenings(String clientId) {
        return "/api/v1/clients/" + clientId + "/screenings";
    }

    private static Response record(String token, String clientId, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(screenings(clientId));
    }

    /** "ACTION RECORD_TYPE record-id" for each audit entry of the client, oldest first. */
    private static List<String> auditOf(String clientId) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement query = connection.prepareStatement("SELECT action, record_type, record_id "
                        + "FROM clients.audit_event WHERE client_id = ?::uuid ORDER BY id")) {
            query.setString(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
        }
        return entries;
    }

    /** A screening written behind the service's back, as if recorded {@code ago}: the only way to age one. */
    private static String recordedAgo(String clientId, Duration ago) throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO clients.screening "
                        + "(id, client_id, questionnaire_version, answers, recorded_at, recorded_by) "
                        + "VALUES (?::uuid, ?::uuid, 1, ?::jsonb, ?, 'test-seed')")) {
            insert.setString(1, id);
            insert.setString(2, clientId);
            insert.setString(3, new ObjectMapper().writeValueAsString(aScreening().body()));
            insert.setObject(4, OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return id;
    }

    private static void setStatus(String clientId, String status) throws SQLException {
        if ("ARCHIVED".equals(status)) {
            ClientBuilder.archive(clientId);
        } else if ("ERASED".equals(status)) {
            ClientBuilder.erase(clientId);
        } else {
            throw new IllegalArgumentException(status);
        }
    }

    @Test
    void aRecordedScreeningCanBeReadBackWithItsAnswersTyped() throws Exception {
        String clientId = aClient().create();
        ScreeningBuilder answers = aScreening()
                .present("activeAcneOrInfection", "CHIN", "CHEEKS")
                .present("inflammatorySkinCondition", "NOSE")
                .with("inflammatorySkinCondition.conditions", List.of("ROSACEA"))
                .with("herpesSimplexHistory", true)
                .occurred("isotretinoin", "2026-03-15")
                .with("notes", "Rosacea on the nose, settled with azelaic acid.");
        Instant before = Instant.now();

        Response created = record(TestTokens.forUser("practitioner:ines.moreau", "practitioner"), clientId,
                answers.body())
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("clientId", equalTo(clientId))
                .body("questionnaireVersion", equalTo(1))
                .body("recordedBy", equalTo("practitioner:ines.moreau"))
                .body("state", equalTo("CURRENT"))
                .body("answers.activeAcneOrInfection.present", equalTo(true))
                .body("answers.activeAcneOrInfection.areas", equalTo(List.of("CHEEKS", "CHIN")))
                .body("answers.inflammatorySkinCondition.conditions", equalTo(List.of("ROSACEA")))
                .body("answers.inflammatorySkinCondition.areas", equalTo(List.of("NOSE")))
                .body("answers.herpesSimplexHistory", equalTo(true))
                .body("answers.keloidOrHypertrophicScarring", equalTo(false))
                .body("answers.isotretinoin.occurred", equalTo(true))
                .body("answers.isotretinoin.lastOn", equalTo("2026-03-15"))
                .body("answers.chemicalPeel.occurred", equalTo(false))
                .body("answers.chemicalPeel.lastOn", nullValue())
                .body("answers.notes", equalTo("Rosacea on the nose, settled with azelaic acid."))
                .extract().response();
        String id = created.path("id");
        Instant recordedAt = Instant.parse(created.path("recordedAt"));
        assertThat(recordedAt).isBetween(before, Instant.now());
        assertThat(Instant.parse(created.<String>path("expiresAt"))).isEqualTo(recordedAt.plus(VALID_FOR));
        assertThat(created.header("Location")).endsWith(screenings(clientId) + "/" + id);
        assertThat(created.header("ETag")).isNull();

        String read = given().auth().oauth2(TestTokens.forRole("admin"))
                .when().get(created.header("Location"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(read)).isEqualTo(json.readTree(created.asString()));

        assertThat(auditOf(clientId)).containsSubsequence("CREATE SCREENING " + id, "READ SCREENING " + id);
    }

    @Test
    void everyDocumentedFieldIsShownEvenWithoutAValue() {
        String clientId = aClient().create();
        record(TestTokens.forRole("admin"), clientId, aScreening()
                .without("activeAcneOrInfection.areas")
                .without("inflammatorySkinCondition.conditions").without("inflammatorySkinCondition.areas")
                .body())
                .then().statusCode(201)
                .body("recordedBy", equalTo("test-admin"))
                .body("answers.activeAcneOrInfection.areas", hasSize(0))
                .body("answers.inflammatorySkinCondition.conditions", hasSize(0))
                .body("answers.inflammatorySkinCondition.areas", hasSize(0))
                .body("answers.sunburn.lastOn", nullValue())
                .body("answers.containsKey('notes')", equalTo(true))
                .body("answers.notes", nullValue());
    }

    @Test
    void theLatestScreeningIsTheNewestAndEarlierOnesAreSuperseded() throws Exception {
        String clientId = aClient().create();
        String first = aScreening().recordFor(clientId);
        String second = aScreening().with("pregnantOrBreastfeeding", true).recordFor(clientId);

        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId) + "/latest")
                .then().statusCode(200)
                .body("id", equalTo(second))
                .body("state", equalTo("CURRENT"))
                .body("answers.pregnantOrBreastfeeding", equalTo(true));
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId) + "/" + first)
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("state", equalTo("SUPERSEDED"))
                .body("expiresAt", notNullValue());

        assertThat(auditOf(clientId)).containsSubsequence("CREATE SCREENING " + first, "CREATE SCREENING " + second,
                "READ SCREENING " + second, "READ SCREENING " + first);
    }

    @Test
    void theHistoryPagesNewestFirstWithACursorAndEachShownScreeningIsAudited() throws Exception {
        String clientId = aClient().create();
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recorded.add(aScreening().recordFor(clientId));
        }

        Response first = given().auth().oauth2(TestTokens.forRole("practitioner")).queryParam("limit", 2)
                .when().get(screenings(clientId))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(recorded.get(2), recorded.get(1))))
                .body("items.state", equalTo(List.of("CURRENT", "SUPERSEDED")))
                .body("nextCursor", notNullValue())
                .extract().response();
        given().auth().oauth2(TestTokens.forRole("admin")).queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(screenings(clientId))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(recorded.get(0))))
                .body("items[0].state", equalTo("SUPERSEDED"))
                .body("items[0].answers.metalAllergy", equalTo(false))
                .body("nextCursor", nullValue());

        assertThat(auditOf(clientId)).filteredOn(entry -> entry.startsWith("LIST SCREENING "))
                .containsExactlyInAnyOrder("LIST SCREENING " + recorded.get(2), "LIST SCREENING " + recorded.get(1),
                        "LIST SCREENING " + recorded.get(0));
    }

    @Test
    void aClientWithoutScreeningsHasAnEmptyHistoryNoLatestAndIsMissing() throws Exception {
        String clientId = aClient().create();

        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId))
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId) + "/latest")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("No screening has been recorded for client " + clientId + "."));
        Map<String, Object> status = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/clients/" + clientId + "/screening-status")
                .then().statusCode(200)
                .body("clientId", equalTo(clientId))
                .body("state", equalTo("MISSING"))
                .body("screeningId", nullValue())
                .body("recordedAt", nullValue())
                .body("expiresAt", nullValue())
                .extract().as(Map.class);
        assertThat(status).containsOnlyKeys("clientId", "state", "screeningId", "recordedAt", "expiresAt");

        // With no screening, the status read is recorded against the client.
        assertThat(auditOf(clientId)).contains("READ SCREENING_STATUS " + clientId)
                .noneMatch(entry -> entry.contains(" SCREENING "));
    }

    @Test
    void theStatusShowsTheCurrentScreeningWithoutItsAnswers() throws Exception {
        String clientId = aClient().create();
        Response recorded = record(TestTokens.forRole("practitioner"), clientId,
                aScreening().with("anticoagulantsOrBleedingDisorder", true).body())
                .then().statusCode(201).extract().response();
        String id = recorded.path("id");

        Map<String, Object> status = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/clients/" + clientId + "/screening-status")
                .then().statusCode(200)
                .body("clientId", equalTo(clientId))
                .body("state", equalTo("CURRENT"))
                .body("screeningId", equalTo(id))
                .body("recordedAt", equalTo(recorded.path("recordedAt")))
                .body("expiresAt", equalTo(recorded.path("expiresAt")))
                .extract().as(Map.class);
        assertThat(status).containsOnlyKeys("clientId", "state", "screeningId", "recordedAt", "expiresAt");
        assertThat(auditOf(clientId)).contains("READ SCREENING_STATUS " + id);
    }

    @Test
    void aScreeningOlderThanTheValidityPeriodIsExpiredUntilANewOneIsRecorded() throws Exception {
        String clientId = aClient().create();
        String old = recordedAgo(clientId, VALID_FOR.plusHours(1));

        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId) + "/latest")
                .then().statusCode(200)
                .body("id", equalTo(old))
                .body("state", equalTo("EXPIRED"))
                .body("answers.sunburn.occurred", equalTo(false));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/clients/" + clientId + "/screening-status")
                .then().statusCode(200)
                .body("state", equalTo("EXPIRED"))
                .body("screeningId", equalTo(old));

        String renewed = aScreening().recordFor(clientId);
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/clients/" + clientId + "/screening-status")
                .then().statusCode(200)
                .body("state", equalTo("CURRENT"))
                .body("screeningId", equalTo(renewed));
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId) + "/" + old)
                .then().statusCode(200)
                .body("state", equalTo("SUPERSEDED"));
    }

    @Test
    void aScreeningWithinTheValidityPeriodIsCurrent() throws Exception {
        String clientId = aClient().create();
        String recent = recordedAgo(clientId, VALID_FOR.minusHours(1));

        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId) + "/latest")
                .then().statusCode(200)
                .body("id", equalTo(recent))
                .body("state", equalTo("CURRENT"));
    }

    @Test
    void screeningsAreRecordedOnlyForActiveClients() throws Exception {
        String clientId = aClient().create();
        String earlier = aScreening().recordFor(clientId);
        setStatus(clientId, "ARCHIVED");
        Map<String, Long> before = Rows.countAll();

        record(TestTokens.forRole("practitioner"), clientId, aScreening().body())
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("detail", equalTo("Client " + clientId + " is ARCHIVED; screenings are recorded only for "
                        + "ACTIVE clients."));
        assertThat(Rows.countAll()).isEqualTo(before);

        // The history stays readable: clinical records are kept.
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(clientId) + "/latest")
                .then().statusCode(200)
                .body("id", equalTo(earlier));
    }

    @Test
    void anUnknownClientIsANotFoundProblemOnEveryEndpoint() {
        String nobody = UUID.randomUUID().toString();
        Map<String, Long> before = Rows.countAll();

        record(TestTokens.forRole("practitioner"), nobody, aScreening().body())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("No client with id " + nobody + "."));
        for (String path : List.of(screenings(nobody), screenings(nobody) + "/latest",
                screenings(nobody) + "/" + UUID.randomUUID(), "/api/v1/clients/" + nobody + "/screening-status")) {
            given().auth().oauth2(TestTokens.forRole("admin"))
                    .when().get(path)
                    .then().statusCode(404).contentType(PROBLEM_JSON)
                    .body("detail", equalTo("No client with id " + nobody + "."));
        }
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aScreeningIsFoundOnlyUnderItsOwnClient() {
        String mine = aClient().create();
        String theirs = aClient().create();
        String screening = aScreening().recordFor(theirs);

        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(mine) + "/" + screening)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", equalTo("No screening with id " + screening + " for client " + mine + "."));
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(screenings(mine) + "/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void aCursorThisServiceDidNotIssueIsAQueryProblem() {
        String clientId = aClient().create();
        for (String forged : List.of("not-a-cursor", Cursor.encode(List.of("yesterday", UUID.randomUUID().toString())),
                Cursor.encode(List.of(Instant.now().toString())))) {
            given().auth().oauth2(TestTokens.forRole("practitioner")).queryParam("cursor", forged)
                    .when().get(screenings(clientId))
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations[0].field", equalTo("cursor"))
                    .body("violations[0].in", equalTo("query"));
        }
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyRecordsOnce() {
        String clientId = aClient().create();
        String token = TestTokens.forRole("practitioner");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aScreening().with("metalAllergy", true).body();

        Response first = given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(screenings(clientId));
        first.then().statusCode(201);
        Response again = given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(screenings(clientId));

        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        given().auth().oauth2(token).when().get(screenings(clientId))
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void theSameIdempotencyKeyAndAnswersForAnotherClientIs422() {
        String token = TestTokens.forRole("practitioner");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aScreening().body();
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(screenings(aClient().create()))
                .then().statusCode(201);
        String other = aClient().create();
        Map<String, Long> before = Rows.countAll();

        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(screenings(other))
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "idempotency-key-reused"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
            "POST, /screenings, practitioner, 201",
            "POST, /screenings, admin, 201",
            "POST, /screenings, front-desk, 403",
            "POST, /screenings, integration, 403",
            "POST, /screenings, service, 403",
            "GET, /screenings, practitioner, 200",
            "GET, /screenings, admin, 200",
            "GET, /screenings, front-desk, 403",
            "GET, /screenings, integration, 403",
            "GET, /screenings, service, 403",
            "GET, /screenings/latest, practitioner, 200",
            "GET, /screenings/latest, admin, 200",
            "GET, /screenings/latest, front-desk, 403",
            "GET, /screenings/latest, integration, 403",
            "GET, /screenings/latest, service, 403",
            "GET, /screenings/{screeningId}, practitioner, 200",
            "GET, /screenings/{screeningId}, admin, 200",
            "GET, /screenings/{screeningId}, front-desk, 403",
            "GET, /screenings/{screeningId}, integration, 403",
            "GET, /screenings/{screeningId}, service, 403",
            "GET, /screening-status, front-desk, 200",
            "GET, /screening-status, practitioner, 200",
            "GET, /screening-status, admin, 200",
            "GET, /screening-status, integration, 403",
            "GET, /screening-status, service, 403"
    })
    void rolesMatrix(String method, String path, String role, int expected) {
        String clientId = aClient().create();
        String screening = aScreening().recordFor(clientId);
        String url = "/api/v1/clients/" + clientId + path.replace("{screeningId}", screening);
        Map<String, Long> before = Rows.countAll();

        var request = given().auth().oauth2(TestTokens.forRole(role));
        Response response = "POST".equals(method)
                ? request.contentType(ContentType.JSON).body(aScreening().body()).when().post(url)
                : request.when().get(url);

        response.then().statusCode(expected);
        if (expected == 403) {
            response.then().contentType(PROBLEM_JSON).body("type", equalTo(TYPES + "forbidden"));
            assertThat(Rows.countAll()).isEqualTo(before);
        }
    }

    @Test
    void withoutATokenEveryEndpointIs401() {
        String clientId = aClient().create();
        given().contentType(ContentType.JSON).body(aScreening().body())
                .when().post(screenings(clientId))
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().when().get("/api/v1/clients/" + clientId + "/screening-status")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }
}
