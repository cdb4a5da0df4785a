package care.needlepoint.clients.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;

/**
 * Builds client request bodies: valid by default, unique per builder so that tests never see each other's clients,
 * and easy to break one field at a time.
 */
public final class ClientBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ClientBuilder() {
        String unique = UUID.randomUUID().toString();
        fields.put("givenName", "Amelia");
        fields.put("familyName", "Okafor-" + unique);
        fields.put("preferredName", "Millie");
        fields.put("dateOfBirth", "1988-04-17");
        fields.put("email", "amelia." + unique + "@example.com");
        fields.put("phone", "+447700900123");
        fields.put("timeZone", "Europe/London");
    }

    public static ClientBuilder aClient() {
        return new ClientBuilder();
    }

    public ClientBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ClientBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public String familyName() {
        return (String) fields.get("familyName");
    }

    public String email() {
        return (String) fields.get("email");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    /** Creates the client through the API as front desk and returns its id. */
    public String create() {
        return given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Archives a client through the API, as the front desk would. */
    public static void archive(String clientId) {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post("/api/v1/clients/" + clientId + "/archive")
                .then().statusCode(200);
    }

    /** Erases a client through the API, as an admin would. */
    public static void erase(String clientId) {
        given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(Map.of("reason", "Erasure requested (test)"))
                .when().post("/api/v1/clients/" + clientId + "/erasure")
                .then().statusCode(200);
    }
}
