package care.needlepoint.clients.client;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.clients.support.Rows;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The full client record: every field round-trips, marketing changes are dated, and bad input changes nothing. */
@QuarkusTest
class ClientRecordTest {

    private static final String CLIENTS = "/api/v1/clients";

    private static Map<String, Object> address() {
        return Map.of("line1", "12 Harley Street", "line2", "Flat 3", "locality", "London", "postalCode", "W1G 9QD",
                "country", "GB");
    }

    private static Response read(String id) {
        return given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(CLIENTS + "/" + id)
                .then().statusCode(200).extract().response();
    }

    @Test
    void everyFieldRoundTrips() {
        String id = aClient()
                .with("postalAddress", address())
                .with("preferredContactChannel", "SMS")
                .with("marketingOptIns", Map.of("email", true, "sms", false))
                .with("skinType", "IV")
                .with("skinConcerns", List.of("TEXTURE", "ACNE_SCARS"))
                .with("notes", "Prefers morning appointments.")
                .create();

        Response client = read(id);
        assertThat(client.<Map<String, Object>>path("postalAddress")).containsEntry("line1", "12 Harley Street")
                .containsEntry("line2", "Flat 3").containsEntry("locality", "London")
                .containsEntry("postalCode", "W1G 9QD").containsEntry("country", "GB");
        assertThat(client.<String>path("preferredContactChannel")).isEqualTo("SMS");
        assertThat(client.<Boolean>path("marketingOptIns.email")).isTrue();
        assertThat(client.<Boolean>path("marketingOptIns.sms")).isFalse();
        assertThat(client.<String>path("marketingOptIns.emailChangedAt")).isEqualTo(client.path("createdAt"));
        assertThat(client.<String>path("skinType")).isEqualTo("IV");
        assertThat(client.<List<String>>path("skinConcerns")).containsExactly("ACNE_SCARS", "TEXTURE");
        assertThat(client.<String>path("notes")).isEqualTo("Prefers morning appointments.");
        assertThat(client.<String>path("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aMarketingChoiceIsDatedWhenItChangesAndOnlyThen() {
        ClientBuilder builder = aClient().with("marketingOptIns", Map.of("email", true, "sms", false));
        String id = builder.create();
        Response created = read(id);

        Response updated = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON)
                .body(builder.with("marketingOptIns", Map.of("email", true, "sms", true)).body())
                .when().put(CLIENTS + "/" + id)
                .then().statusCode(200).extract().response();

        assertThat(updated.<String>path("marketingOptIns.emailChangedAt"))
                .isEqualTo(created.path("marketingOptIns.emailChangedAt"));
        assertThat(updated.<String>path("marketingOptIns.smsChangedAt"))
                .isNotEqualTo(created.path("marketingOptIns.smsChangedAt"))
                .isEqualTo(updated.path("updatedAt"));
        assertThat(updated.<Boolean>path("marketingOptIns.sms")).isTrue();
    }

    @Test
    void optionalFieldsLeftOutOfAnUpdateAreCleared() {
        ClientBuilder builder = aClient().with("postalAddress", address()).with("skinType", "II")
                .with("notes", "note");
        String id = builder.create();
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(builder.without("postalAddress").without("skinType").without("notes").body())
                .when().put(CLIENTS + "/" + id)
                .then().statusCode(200)
                .body("postalAddress", nullValue())
                .body("skinType", nullValue())
                .body("notes", nullValue())
                .body("skinConcerns", equalTo(List.of()));
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("email", "not-an-email", "email"),
                Arguments.of("email", "name@localhost", "email"),
                Arguments.of("phone", "07700 900123", "phone"),
                Arguments.of("timeZone", "BST", "timeZone"),
                Arguments.of("timeZone", "+01:00", "timeZone"),
                Arguments.of("dateOfBirth", "2999-01-01", "dateOfBirth"),
                Arguments.of("dateOfBirth", "1850-01-01", "dateOfBirth"),
                Arguments.of("dateOfBirth", "17/04/1988", "dateOfBirth"),
                Arguments.of("skinType", "VII", "skinType"),
                Arguments.of("skinType", 3, "skinType"),
                Arguments.of("skinConcerns", List.of("CELLULITE"), "skinConcerns[0]"),
                Arguments.of("preferredContactChannel", "PIGEON", "preferredContactChannel"),
                Arguments.of("givenName", "x".repeat(101), "givenName"),
                Arguments.of("notes", "x".repeat(2001), "notes"),
                Arguments.of("givenName", List.of("Amelia"), "givenName"),
                Arguments.of("marketingOptIns", Map.of("email", true), "marketingOptIns.sms"),
                Arguments.of("marketingOptIns", Map.of("email", "yes", "sms", false), "marketingOptIns.email"),
                Arguments.of("postalAddress", Map.of("line1", "1 Main St", "country", "GB"), "postalAddress.locality"),
                Arguments.of("postalAddress", Map.of("line1", "1 Main St", "locality", "X", "country", "gb"),
                        "postalAddress.country"),
                Arguments.of("postalAddress", Map.of("line1", "1 Main St", "locality", "X", "country", "ZZ"),
                        "postalAddress.country"),
                Arguments.of("nickname", "Millie", "nickname"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void badInputIsA400NamingTheFieldAndStoresNothing(String field, Object value, String named) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(aClient().with(field, value).body())
                .when().post(CLIENTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(named));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void everyMissingRequiredFieldIsNamedAtOnce() {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON)
                .body(aClient().without("givenName").without("familyName").without("dateOfBirth")
                        .without("timeZone").body())
                .when().post(CLIENTS)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("dateOfBirth", "familyName", "givenName", "timeZone")));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void crossFieldRulesNameTheirFields() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON)
                .body(aClient().without("phone").with("preferredContactChannel", "SMS")
                        .with("marketingOptIns", Map.of("email", false, "sms", true)).body())
                .when().post(CLIENTS)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("marketingOptIns.sms", "preferredContactChannel")));
    }

    @Test
    void aStaleUpdateChangesNothing() {
        ClientBuilder builder = aClient();
        String id = builder.create();
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(builder.with("notes", "first").body())
                .when().put(CLIENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(builder.with("notes", "second").body())
                .when().put(CLIENTS + "/" + id).then().statusCode(412);
        assertThat(read(id).<String>path("notes")).isEqualTo("first");
    }
}
