package care.needlepoint.clients.support;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Builds bodies that record a client's consent: valid by default (signed now, by hand), easy to break. */
public final class ConsentBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ConsentBuilder(String documentId) {
        fields.put("documentId", documentId);
        fields.put("signedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        fields.put("method", "HANDWRITTEN_SIGNATURE");
    }

    public static ConsentBuilder aConsentTo(String documentId) {
        return new ConsentBuilder(documentId);
    }

    public ConsentBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ConsentBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    public static String consentsOf(String clientId) {
        return "/api/v1/clients/" + clientId + "/consents";
    }

    /** Posts the consent for the client as the given role, whatever the answer. */
    public Response postFor(String clientId, String role) {
        return given().auth().oauth2(TestTokens.forRole(role))
                .contentType(ContentType.JSON).body(fields)
                .when().post(consentsOf(clientId));
    }

    /** Records the consent for the client as front desk and returns its id. */
    public String recordFor(String clientId) {
        return postFor(clientId, "front-desk").then().statusCode(201).extract().path("id");
    }

    /** Revokes a consent as front desk. */
    public static void revoke(String clientId, String consentId, String reason) {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post(consentsOf(clientId) + "/" + consentId + "/revocation")
                .then().statusCode(200);
    }
}
