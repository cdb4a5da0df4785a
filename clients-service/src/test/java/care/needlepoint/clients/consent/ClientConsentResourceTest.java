package care.needlepoint.clients.consent;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static care.needlepoint.clients.support.ConsentBuilder.aConsentTo;
import static care.needlepoint.clients.support.ConsentBuilder.consentsOf;
import static care.needlepoint.clients.support.ConsentDocumentBuilder.aConsentDocument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.clients.consent.api.ConsentView;
import care.needlepoint.clients.consent.domain.ConsentService;
import care.needlepoint.clients.consent.domain.ConsentState;
import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.clients.support.ConsentBuilder;
import care.needlepoint.clients.support.ConsentDocumentBuilder.Published;
import care.needlepoint.clients.support.Rows;
import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ClientConsentResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";
    private static final String NO_SUCH_ID = "7d1f4c8e-0000-4000-8000-000000000000";

    @Inject
    ConsentService consentService;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    private static String revocationOf(String clientId, String consentId) {
        return consentsOf(clientId) + "/" + consentId + "/revocation";
    }

    private static String statusOf(String clientId) {
        return "/api/v1/clients/" + clientId + "/consent-status";
    }

    private static Response revoke(String role, String clientId, String consentId, Object body) {
        return as(role).contentType(ContentType.JSON).body(body).when().post(revocationOf(clientId, consentId));
    }

    /** Signing times a few minutes ahead: after any document published just now, within the 5 minutes allowed. */
    private static String inMinutes(int minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The client's audit trail as "ACTION RECORD_TYPE record-id actor", oldest first, read behind the API's back. */
    private static List<String> auditTrail(String clientId) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement query = connection.prepareStatement("SELECT action, record_type, record_id, actor "
                        + "FROM clients.audit_event WHERE client_id = ?::uuid ORDER BY id")) {
            query.setString(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getString(4));
                }
            }
        }
        return entries;
    }

    private static void setClientStatus(String clientId, String status) throws SQLException {
        if ("ARCHIVED".equals(status)) {
            ClientBuilder.archive(clientId);
        } else if ("ERASED".equals(status)) {
            ClientBuilder.erase(clientId);
        } else {
            throw new IllegalArgumentException(status);
        }
    }

    /** Revokes a consent as a step of a test's set-up. */
    private static void withdraw(String clientId, String consentId) {
        ConsentBuilder.revoke(clientId, consentId, "Withdrawn for the test.");
    }

    /** The status entry of one kind. */
    private static Map<String, Object> statusOfKind(String clientId, String kind) {
        List<Map<String, Object>> kinds = as("front-desk").when().get(statusOf(clientId))
                .then().statusCode(200).extract().path("kinds");
        return kinds.stream().filter(entry -> kind.equals(entry.get("kind"))).findFirst().orElseThrow();
    }

    // --- Recording and reading

    @Test
    void recordedConsentCanBeReadBack() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        OffsetDateTime signedAt = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusMinutes(1).truncatedTo(ChronoUnit.SECONDS);

        Response created = given().auth().oauth2(TestTokens.forUser("practitioner:ines.moreau", "practitioner"))
                .contentType(ContentType.JSON)
                .body(aConsentTo(document.id()).with("signedAt", signedAt.toString())
                        .with("method", "ELECTRONIC_SIGNATURE").body())
                .when().post(consentsOf(client))
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("clientId", equalTo(client))
                .body("documentId", equalTo(document.id()))
                .body("kind", equalTo("MICRONEEDLING_TREATMENT"))
                .body("documentVersion", equalTo(document.version()))
                .body("signedAt", equalTo(signedAt.toInstant().toString()))
                .body("method", equalTo("ELECTRONIC_SIGNATURE"))
                .body("capturedBy", equalTo("practitioner:ines.moreau"))
                .body("recordedAt", notNullValue())
                .body("revokedAt", nullValue())
                .body("revokedBy", nullValue())
                .body("revocationReason", nullValue())
                .body("state", equalTo("VALID"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(consentsOf(client) + "/" + id);
        assertThat(Instant.parse(created.path("recordedAt"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));

        Response read = as("front-desk").when().get(consentsOf(client) + "/" + id)
                .then().statusCode(200).extract().response();
        assertThat(read.asString()).isEqualTo(created.asString());
    }

    @Test
    void signedAtIsKeptToTheMicrosecondInUtc() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        OffsetDateTime signedAt = OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusSeconds(1)
                .truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_789);

        String id = aConsentTo(document.id()).with("signedAt", signedAt.toString()).recordFor(client);

        as("front-desk").when().get(consentsOf(client) + "/" + id)
                .then().statusCode(200)
                .body("signedAt", equalTo(signedAt.toInstant().truncatedTo(ChronoUnit.MICROS).toString()));
    }

    @Test
    void theHashOfTheSignedTextMustBeTheDocumentsInEitherCase() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        Map<String, Long> before = Rows.countAll();

        aConsentTo(document.id()).with("textSha256", "0".repeat(64)).postFor(client, "front-desk")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("detail", containsString("The client signed a different text"))
                .body("documentTextSha256", equalTo(document.textSha256()));
        assertThat(Rows.countAll()).isEqualTo(before);

        aConsentTo(document.id()).with("textSha256", document.textSha256().toUpperCase()).postFor(client, "front-desk")
                .then().statusCode(201)
                .body("state", equalTo("VALID"));
    }

    @Test
    void anUnknownClientOrDocumentIsANotFoundProblemSayingWhich() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        Map<String, Long> before = Rows.countAll();

        aConsentTo(document.id()).postFor(NO_SUCH_ID, "front-desk")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("No client with id " + NO_SUCH_ID + "."));
        aConsentTo(NO_SUCH_ID).postFor(client, "front-desk")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("No consent document with id " + NO_SUCH_ID + "."));
        aConsentTo(document.id()).postFor("not-a-uuid", "front-desk")
                .then().statusCode(404);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ARCHIVED", "ERASED" })
    void consentsAreRecordedOnlyForActiveClients(String status) throws SQLException {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        setClientStatus(client, status);
        Map<String, Long> before = Rows.countAll();

        aConsentTo(document.id()).postFor(client, "front-desk")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("detail", equalTo("Client " + client + " is " + status
                        + "; consents are recorded only for active clients."));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anArchivedClientsConsentCanStillBeRevoked() throws SQLException {
        String client = aClient().create();
        String consent = aConsentTo(aConsentDocument().publish().id()).recordFor(client);
        setClientStatus(client, "ARCHIVED");

        revoke("front-desk", client, consent, Map.of("reason", "Withdrew consent when leaving the clinic."))
                .then().statusCode(200)
                .body("state", equalTo("REVOKED"));
    }

    @Test
    void signedAtMayLieUpToFiveMinutesAheadOfTheServer() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        Map<String, Long> before = Rows.countAll();

        aConsentTo(document.id()).with("signedAt", inMinutes(6)).postFor(client, "front-desk")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo("signedAt"))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].message", containsString("must not be in the future"));
        assertThat(Rows.countAll()).isEqualTo(before);

        aConsentTo(document.id()).with("signedAt", inMinutes(4)).postFor(client, "front-desk")
                .then().statusCode(201);
    }

    @Test
    void signedAtBeforeTheDocumentWasPublishedIsRefused() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        Map<String, Long> before = Rows.countAll();

        aConsentTo(document.id())
                .with("signedAt", Instant.parse(document.publishedAt()).minusSeconds(1).toString())
                .postFor(client, "front-desk")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("signedAt"))
                .body("violations[0].message", equalTo("must not be before the document was published at "
                        + document.publishedAt()));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreListedAndNothingIsStored() {
        String client = aClient().create();
        Map<String, Long> before = Rows.countAll();

        as("front-desk").contentType(ContentType.JSON).body(Map.of())
                .when().post(consentsOf(client))
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", equalTo(List.of("documentId", "method", "signedAt")));
        as("front-desk").contentType(ContentType.JSON).body("")
                .when().post(consentsOf(client))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("(body)"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void wrongTypesFormatsEnumsAndUnknownFieldsAreRefused() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        Map<String, Long> before = Rows.countAll();

        record Case(String field, Object value, String message) {
        }
        List<Case> cases = List.of(
                new Case("documentId", "not-a-uuid", "must be a UUID"),
                new Case("documentId", 42, null),
                new Case("signedAt", "2026-11-21T10:15:00", "must be an RFC 3339 date-time with an offset, e.g. "
                        + "2026-03-29T10:00:00+02:00"),
                new Case("signedAt", 1_790_000_000, null),
                new Case("method", "SMOKE_SIGNAL", "must be one of HANDWRITTEN_SIGNATURE, ELECTRONIC_SIGNATURE, "
                        + "VERBAL_WITNESSED"),
                new Case("method", true, null),
                new Case("textSha256", "abc", "must be a SHA-256 in hex: 64 characters 0-9 and a-f"),
                new Case("textSha256", "g".repeat(64), "must be a SHA-256 in hex: 64 characters 0-9 and a-f"),
                new Case("textSha256", 7, "must be a string"),
                new Case("witness", "Sam Reid", "is not a field of this request; check the spelling against the "
                        + "API document"));
        for (Case bad : cases) {
            var response = aConsentTo(document.id()).with(bad.field(), bad.value()).postFor(client, "front-desk")
                    .then().statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("violations[0].field", equalTo(bad.field()))
                    .body("violations[0].in", equalTo("body"));
            if (bad.message() != null) {
                response.body("violations[0].message", equalTo(bad.message()));
            }
        }
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aSecondStandingConsentToTheSameDocumentIsAConflictUntilTheFirstIsRevoked() {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        String first = aConsentTo(document.id()).recordFor(client);
        Map<String, Long> before = Rows.countAll();

        aConsentTo(document.id()).with("method", "VERBAL_WITNESSED").postFor(client, "practitioner")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("consentId", equalTo(first))
                .body("detail", containsString(first));
        assertThat(Rows.countAll()).isEqualTo(before);

        withdraw(client, first);
        aConsentTo(document.id()).postFor(client, "practitioner")
                .then().statusCode(201)
                .body("state", equalTo("VALID"));
        // Another client may consent to the same document, of course.
        aConsentTo(document.id()).recordFor(aClient().create());
    }

    @Test
    void ofConcurrentRecordingsOfTheSameConsentOneWinsAndTheOthersConflict() throws Exception {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        Map<String, Object> body = aConsentTo(document.id()).body();
        String token = TestTokens.forRole("front-desk");
        int callers = 8;
        List<Response> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .when().post(consentsOf(client)));
            }
            for (Future<Response> response : pool.invokeAll(calls)) {
                responses.add(response.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 409);
        List<Response> winners = responses.stream().filter(response -> response.statusCode() == 201).toList();
        assertThat(winners).hasSize(1);
        String winner = winners.get(0).path("id");
        assertThat(responses).filteredOn(response -> response.statusCode() == 409)
                .allSatisfy(loser -> assertThat(loser.<String>path("consentId")).isEqualTo(winner));
        as("front-desk").when().get(consentsOf(client)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyRecordsOnceAndTheKeyIsPerClient() {
        String client = aClient().create();
        String otherClient = aClient().create();
        Published document = aConsentDocument().publish();
        Map<String, Object> body = aConsentTo(document.id()).body();
        String key = UUID.randomUUID().toString();
        String token = TestTokens.forRole("front-desk");

        Response first = given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(consentsOf(client)).then().statusCode(201).extract().response();
        Response again = given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(consentsOf(client)).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().response();
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        // The same key and body for another client is another request, not a replay of the first client's answer.
        given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(consentsOf(otherClient)).then().statusCode(422)
                .body("type", equalTo(TYPES + "idempotency-key-reused"));
        as("front-desk").when().get(consentsOf(client)).then().body("items", hasSize(1));
        as("front-desk").when().get(consentsOf(otherClient)).then().body("items", hasSize(0));
    }

    // --- Revocation

    @Test
    void revokingRecordsWhenWhoAndWhyAndASecondRevocationIsAConflict() {
        String client = aClient().create();
        String consent = aConsentTo(aConsentDocument().publish().id()).recordFor(client);

        given().auth().oauth2(TestTokens.forUser("front-desk:sam.reid", "front-desk"))
                .contentType(ContentType.JSON).body(Map.of("reason", "  Client withdrew consent by phone.  "))
                .when().post(revocationOf(client, consent))
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(consent))
                .body("state", equalTo("REVOKED"))
                .body("revokedBy", equalTo("front-desk:sam.reid"))
                .body("revocationReason", equalTo("Client withdrew consent by phone."))
                .body("revokedAt", notNullValue());
        Map<String, Long> before = Rows.countAll();

        revoke("admin", client, consent, Map.of("reason", "Again."))
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("detail", containsString("already revoked"))
                .body("detail", containsString("front-desk:sam.reid"));
        assertThat(Rows.countAll()).isEqualTo(before);
        as("practitioner").when().get(consentsOf(client) + "/" + consent)
                .then().statusCode(200)
                .body("revocationReason", equalTo("Client withdrew consent by phone."));
    }

    @Test
    void aRevocationNeedsAReasonOfAtMost500Characters() {
        String client = aClient().create();
        String consent = aConsentTo(aConsentDocument().publish().id()).recordFor(client);
        Map<String, Long> before = Rows.countAll();

        for (Object body : List.of(Map.of(), Map.of("reason", "  "), Map.of("reason", "r".repeat(501)))) {
            revoke("front-desk", client, consent, body)
                    .then().statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("violations[0].field", equalTo("reason"));
        }
        revoke("front-desk", client, consent, Map.of("reason", "x", "revokedAt", "2026-01-01T00:00:00Z"))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("revokedAt"));
        revoke("front-desk", client, consent, Map.of("reason", 5))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        assertThat(Rows.countAll()).isEqualTo(before);

        revoke("front-desk", client, consent, Map.of("reason", "r".repeat(500))).then().statusCode(200);
    }

    @Test
    void anotherClientsConsentOrAnUnknownOneIsNotFound() {
        String client = aClient().create();
        String otherClient = aClient().create();
        String consent = aConsentTo(aConsentDocument().publish().id()).recordFor(client);
        Map<String, Long> before = Rows.countAll();

        revoke("front-desk", otherClient, consent, Map.of("reason", "Wrong client."))
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("No consent with id " + consent + " for client " + otherClient + "."));
        as("front-desk").when().get(consentsOf(otherClient) + "/" + consent)
                .then().statusCode(404);
        revoke("front-desk", client, NO_SUCH_ID, Map.of("reason", "No such consent."))
                .then().statusCode(404);
        revoke("front-desk", NO_SUCH_ID, consent, Map.of("reason", "No such client."))
                .then().statusCode(404)
                .body("detail", equalTo("No client with id " + NO_SUCH_ID + "."));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void ofConcurrentRevocationsOneWinsAndTheOthersConflict() throws Exception {
        String client = aClient().create();
        String consent = aConsentTo(aConsentDocument().publish().id()).recordFor(client);
        String token = TestTokens.forRole("front-desk");
        int callers = 8;
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String reason = "Revocation " + i;
                calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("reason", reason))
                        .when().post(revocationOf(client, consent)).then().extract().statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    }

    @Test
    void consentsCannotBeChangedOrDeletedBehindTheServicesBackExceptByRevokingOnce() throws SQLException {
        String client = aClient().create();
        String consent = aConsentTo(aConsentDocument().publish().id()).recordFor(client);
        try (Connection connection = TestDatabase.adminConnection()) {
            for (String sql : List.of(
                    "UPDATE clients.client_consent SET signed_at = signed_at - interval '1 day' WHERE id = ?::uuid",
                    "UPDATE clients.client_consent SET revoked_at = now(), revoked_by = 'x', revocation_reason = 'y', "
                            + "method = 'VERBAL_WITNESSED' WHERE id = ?::uuid",
                    "DELETE FROM clients.client_consent WHERE id = ?::uuid")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, consent);
                    assertThatThrownBy(statement::executeUpdate).hasMessageContaining("append-only");
                }
            }
        }
        revoke("front-desk", client, consent, Map.of("reason", "Withdrawn.")).then().statusCode(200);
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement unrevoke = connection.prepareStatement("UPDATE clients.client_consent "
                        + "SET revoked_at = NULL, revoked_by = NULL, revocation_reason = NULL WHERE id = ?::uuid")) {
            unrevoke.setString(1, consent);
            assertThatThrownBy(unrevoke::executeUpdate).hasMessageContaining("append-only");
        }
    }

    // --- Lists

    @Test
    void listShowsTheClientsConsentsNewestSignatureFirstPageByPage() {
        String client = aClient().create();
        String otherClient = aClient().create();
        String atOne = aConsentTo(aConsentDocument("MARKETING").publish().id())
                .with("signedAt", inMinutes(1)).recordFor(client);
        String atThree = aConsentTo(aConsentDocument("MARKETING").publish().id())
                .with("signedAt", inMinutes(3)).recordFor(client);
        String atTwo = aConsentTo(aConsentDocument("PHOTOGRAPHY").publish().id())
                .with("signedAt", inMinutes(2)).recordFor(client);
        aConsentTo(aConsentDocument("PHOTOGRAPHY").publish().id()).recordFor(otherClient);

        Response first = as("practitioner").queryParam("limit", 2)
                .when().get(consentsOf(client))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(atThree, atTwo)))
                .body("nextCursor", notNullValue())
                .extract().response();
        as("practitioner").queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(consentsOf(client))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(atOne)))
                .body("items[0].state", equalTo("OUTDATED"))
                .body("nextCursor", nullValue());
    }

    @Test
    void aClientWithoutConsentsHasAnEmptyListAndAnUnknownClientIsNotFound() {
        as("front-desk").when().get(consentsOf(aClient().create()))
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
        as("front-desk").when().get(consentsOf(NO_SUCH_ID))
                .then().statusCode(404)
                .body("detail", equalTo("No client with id " + NO_SUCH_ID + "."));
        as("front-desk").when().get(statusOf(NO_SUCH_ID))
                .then().statusCode(404);
        as("front-desk").when().get(consentsOf(NO_SUCH_ID) + "/" + NO_SUCH_ID)
                .then().statusCode(404)
                .body("detail", equalTo("No client with id " + NO_SUCH_ID + "."));
    }

    @Test
    void badPagingParametersAreProblemsNamingThem() {
        String client = aClient().create();
        as("front-desk").queryParam("limit", 201).when().get(consentsOf(client))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        as("front-desk").queryParam("cursor", "bm90IG91cnM").when().get(consentsOf(client))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("[\"yesterday\",\"today\",\"x\"]".getBytes(StandardCharsets.UTF_8));
        as("front-desk").queryParam("cursor", forged).when().get(consentsOf(client))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].in", equalTo("query"));
    }

    // --- Status

    @Test
    void theStatusFollowsConsentsNewVersionsAndRevocations() {
        aConsentDocument("PHOTOGRAPHY").publish();
        aConsentDocument("MARKETING").publish();
        Published v1 = aConsentDocument("MICRONEEDLING_TREATMENT").publish();
        String client = aClient().create();

        as("practitioner").when().get(statusOf(client))
                .then().statusCode(200)
                .body("clientId", equalTo(client))
                .body("kinds.kind", equalTo(List.of("MICRONEEDLING_TREATMENT", "PHOTOGRAPHY", "MARKETING")))
                .body("kinds.state", equalTo(List.of("MISSING", "MISSING", "MISSING")))
                .body("kinds[0].currentDocumentId", equalTo(v1.id()))
                .body("kinds[0].currentVersion", equalTo(v1.version()))
                .body("kinds[0].consentId", nullValue())
                .body("kinds[0].consentedVersion", nullValue())
                .body("kinds[0].signedAt", nullValue());

        String signedAt = inMinutes(1);
        String consentToV1 = aConsentTo(v1.id()).with("signedAt", signedAt).recordFor(client);
        assertThat(statusOfKind(client, "MICRONEEDLING_TREATMENT"))
                .containsEntry("state", "VALID")
                .containsEntry("consentId", consentToV1)
                .containsEntry("consentedVersion", v1.version())
                .containsEntry("signedAt", OffsetDateTime.parse(signedAt).toInstant().toString());

        // A new version makes the earlier consent outdated: the client must consent again.
        Published v2 = aConsentDocument("MICRONEEDLING_TREATMENT").publish();
        assertThat(v2.version()).isEqualTo(v1.version() + 1);
        assertThat(statusOfKind(client, "MICRONEEDLING_TREATMENT"))
                .containsEntry("state", "OUTDATED")
                .containsEntry("currentDocumentId", v2.id())
                .containsEntry("currentVersion", v2.version())
                .containsEntry("consentId", consentToV1)
                .containsEntry("consentedVersion", v1.version());
        as("front-desk").when().get(consentsOf(client) + "/" + consentToV1)
                .then().statusCode(200).body("state", equalTo("OUTDATED"));

        String consentToV2 = aConsentTo(v2.id()).recordFor(client);
        assertThat(statusOfKind(client, "MICRONEEDLING_TREATMENT"))
                .containsEntry("state", "VALID")
                .containsEntry("consentId", consentToV2)
                .containsEntry("consentedVersion", v2.version());

        withdraw(client, consentToV2);
        assertThat(statusOfKind(client, "MICRONEEDLING_TREATMENT"))
                .containsEntry("state", "REVOKED")
                .containsEntry("consentId", consentToV2);

        // Consenting again after a revocation: the newer signature wins over the older revoked consent.
        String again = aConsentTo(v2.id()).with("signedAt", inMinutes(2)).recordFor(client);
        assertThat(statusOfKind(client, "MICRONEEDLING_TREATMENT"))
                .containsEntry("state", "VALID")
                .containsEntry("consentId", again);
        assertThat(statusOfKind(client, "PHOTOGRAPHY")).containsEntry("state", "MISSING");
    }

    // --- Roles

    @ParameterizedTest
    @ValueSource(strings = { "integration", "service" })
    void integrationsAndServicesCannotTouchClientsConsents(String role) {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        String consent = aConsentTo(document.id()).recordFor(client);
        Published another = aConsentDocument("PHOTOGRAPHY").publish();
        Map<String, Long> before = Rows.countAll();

        aConsentTo(another.id()).postFor(client, role).then().statusCode(403);
        as(role).when().get(consentsOf(client)).then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "forbidden"));
        as(role).when().get(consentsOf(client) + "/" + consent).then().statusCode(403);
        revoke(role, client, consent, Map.of("reason", "Not allowed.")).then().statusCode(403);
        as(role).when().get(statusOf(client)).then().statusCode(403);

        assertThat(Rows.countAll()).isEqualTo(before);
        as("admin").when().get(consentsOf(client) + "/" + consent).then().statusCode(200)
                .body("state", equalTo("VALID"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "admin" })
    void staffRecordReadAndRevokeConsents(String role) {
        String client = aClient().create();
        Published document = aConsentDocument().publish();

        String consent = aConsentTo(document.id()).postFor(client, role)
                .then().statusCode(201).extract().path("id");
        as(role).when().get(consentsOf(client)).then().statusCode(200).body("items.id", equalTo(List.of(consent)));
        as(role).when().get(consentsOf(client) + "/" + consent).then().statusCode(200);
        as(role).when().get(statusOf(client)).then().statusCode(200).body("kinds[0].state", equalTo("VALID"));
        revoke(role, client, consent, Map.of("reason", "Withdrawn.")).then().statusCode(200);
    }

    @Test
    void withoutATokenNothingIsRecordedOrRead() {
        String client = aClient().create();
        Map<String, Long> before = Rows.countAll();
        given().contentType(ContentType.JSON).body(aConsentTo(NO_SUCH_ID).body())
                .when().post(consentsOf(client))
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().when().get(statusOf(client)).then().statusCode(401);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    // --- Audit

    @Test
    void everyReadAndWriteOfAClientsConsentsIsAudited() throws SQLException {
        String client = aClient().create();
        Published document = aConsentDocument().publish();
        String practitioner = TestTokens.forUser("practitioner:ines.moreau", "practitioner");
        List<String> before = auditTrail(client);

        String consent = given().auth().oauth2(practitioner).contentType(ContentType.JSON)
                .body(aConsentTo(document.id()).body())
                .when().post(consentsOf(client)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(practitioner).when().get(consentsOf(client) + "/" + consent).then().statusCode(200);
        given().auth().oauth2(practitioner).when().get(consentsOf(client)).then().statusCode(200);
        given().auth().oauth2(practitioner).when().get(statusOf(client)).then().statusCode(200);
        given().auth().oauth2(practitioner).contentType(ContentType.JSON).body(Map.of("reason", "Withdrawn."))
                .when().post(revocationOf(client, consent)).then().statusCode(200);

        List<String> trail = auditTrail(client);
        assertThat(trail.subList(before.size(), trail.size())).containsExactly(
                "CREATE CONSENT " + consent + " practitioner:ines.moreau",
                "READ CONSENT " + consent + " practitioner:ines.moreau",
                "LIST CONSENT " + consent + " practitioner:ines.moreau",
                "READ CONSENT_STATUS " + client + " practitioner:ines.moreau",
                "REVOKE CONSENT " + consent + " practitioner:ines.moreau");

        // Administrators read the same entries through the API.
        as("admin").when().get("/api/v1/clients/" + client + "/audit-events")
                .then().statusCode(200)
                .body("items.recordType", hasItems("CONSENT", "CONSENT_STATUS"));
    }

    @Test
    void refusedRequestsLeaveNoAuditEntry() throws SQLException {
        String client = aClient().create();
        String consent = aConsentTo(aConsentDocument().publish().id()).recordFor(client);
        withdraw(client, consent);
        List<String> before = auditTrail(client);

        revoke("front-desk", client, consent, Map.of("reason", "Twice.")).then().statusCode(409);
        aConsentTo(NO_SUCH_ID).postFor(client, "front-desk").then().statusCode(404);
        as("integration").when().get(statusOf(client)).then().statusCode(403);

        assertThat(auditTrail(client)).isEqualTo(before);
    }

    // --- For other features of this service

    @Test
    void validAndAllConsentsAreAvailableUnauditedToOtherFeatures() throws SQLException {
        String client = aClient().create();
        String treatment = aConsentTo(aConsentDocument("MICRONEEDLING_TREATMENT").publish().id())
                .with("signedAt", inMinutes(1)).recordFor(client);
        String photography = aConsentTo(aConsentDocument("PHOTOGRAPHY").publish().id())
                .with("signedAt", inMinutes(2)).recordFor(client);
        String marketing = aConsentTo(aConsentDocument("MARKETING").publish().id())
                .with("signedAt", inMinutes(3)).recordFor(client);
        aConsentDocument("PHOTOGRAPHY").publish();
        withdraw(client, marketing);
        List<String> before = auditTrail(client);

        List<ConsentView> valid = consentService.validFor(UUID.fromString(client));
        assertThat(valid).extracting(view -> view.id().toString()).containsExactly(treatment);
        assertThat(valid).extracting(ConsentView::state).containsOnly(ConsentState.VALID);

        List<ConsentView> all = consentService.allFor(UUID.fromString(client));
        assertThat(all).extracting(view -> view.id().toString()).containsExactly(treatment, photography, marketing);
        assertThat(all).extracting(ConsentView::state)
                .containsExactly(ConsentState.VALID, ConsentState.OUTDATED, ConsentState.REVOKED);

        assertThat(consentService.validFor(UUID.fromString(aClient().create()))).isEmpty();
        assertThat(auditTrail(client)).isEqualTo(before);
    }
}
