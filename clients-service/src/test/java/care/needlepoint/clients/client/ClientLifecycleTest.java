package care.needlepoint.clients.client;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.clients.support.Rows;
import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Archive, restore and erasure. */
@QuarkusTest
class ClientLifecycleTest {

    private static final String CLIENTS = "/api/v1/clients";

    private static Response erase(String id) {
        return given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Erasure request, ticket 114"))
                .when().post(CLIENTS + "/" + id + "/erasure");
    }

    @Test
    void archiveAndRestoreChangeTheStatusOnceEach() {
        String id = aClient().create();
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().post(CLIENTS + "/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED")).header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().post(CLIENTS + "/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED")).header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("If-Match", "\"1\"")
                .when().post(CLIENTS + "/" + id + "/restore")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).header("ETag", "\"2\"");
    }

    @Test
    void aStaleIfMatchOnArchiveIs412() {
        String id = aClient().create();
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("If-Match", "\"7\"")
                .when().post(CLIENTS + "/" + id + "/archive")
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(CLIENTS + "/" + id)
                .then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void erasurePseudonymisesContactAndMarketingDataAndKeepsTheYearOfBirth() {
        String id = aClient()
                .with("dateOfBirth", "1988-04-17")
                .with("postalAddress", Map.of("line1", "12 Harley Street", "locality", "London", "country", "GB"))
                .with("preferredContactChannel", "EMAIL")
                .with("marketingOptIns", Map.of("email", true, "sms", true))
                .with("skinType", "III")
                .with("notes", "Lives with her sister")
                .create();

        erase(id).then().statusCode(200)
                .body("status", equalTo("ERASED"))
                .body("givenName", equalTo("Erased"))
                .body("familyName", equalTo("Client " + id.substring(0, 8)))
                .body("preferredName", nullValue())
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("postalAddress", nullValue())
                .body("preferredContactChannel", nullValue())
                .body("marketingOptIns.email", equalTo(false))
                .body("marketingOptIns.sms", equalTo(false))
                .body("notes", nullValue())
                .body("dateOfBirth", equalTo("1988-01-01"))
                .body("skinType", equalTo("III"))
                .body("erasedAt", notNullValue());
    }

    @Test
    void anErasedClientCannotBeChangedArchivedOrRestoredAndErasingAgainChangesNothing() {
        ClientBuilder builder = aClient();
        String id = builder.create();
        String etag = erase(id).then().statusCode(200).extract().header("ETag");
        Map<String, Long> before = Rows.countAll();

        given().auth().oauth2(TestTokens.forRole("front-desk")).header("If-Match", etag)
                .contentType(ContentType.JSON).body(builder.body())
                .when().put(CLIENTS + "/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().post(CLIENTS + "/" + id + "/archive")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().post(CLIENTS + "/" + id + "/restore")
                .then().statusCode(409);
        erase(id).then().statusCode(200).header("ETag", etag);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void erasureForgetsStoredIdempotentAnswersThatNameTheClient() throws Exception {
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(TestTokens.forRole("integration")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(aClient().body())
                .when().post(CLIENTS).then().statusCode(201).extract().path("id");
        assertThat(storedAnswersMentioning(id)).isEqualTo(1);

        erase(id).then().statusCode(200);

        assertThat(storedAnswersMentioning(id)).isZero();
    }

    @Test
    void erasureNeedsAReason() {
        String id = aClient().create();
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(Map.of())
                .when().post(CLIENTS + "/" + id + "/erasure")
                .then().statusCode(400).body("violations.field", equalTo(List.of("reason")));
        given().auth().oauth2(TestTokens.forRole("admin")).when().get(CLIENTS + "/" + id)
                .then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void erasureIsAuditedAndTheTrailSurvivesIt() {
        String id = aClient().create();
        erase(id).then().statusCode(200);
        List<String> actions = given().auth().oauth2(TestTokens.forUser("admin:ines", "admin"))
                .when().get(CLIENTS + "/" + id + "/audit-events")
                .then().statusCode(200).extract().path("items.action");
        assertThat(actions).containsSubsequence("ERASE", "CREATE");
    }

    private static long storedAnswersMentioning(String id) throws Exception {
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM clients.idempotency_record WHERE strpos(response_body, ?) > 0")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
