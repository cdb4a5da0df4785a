package care.needlepoint.clients.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Builds consent-document request bodies: valid by default, with a unique title and text so that a test can find its
 * own documents among those other tests published, and easy to break one field at a time.
 */
public final class ConsentDocumentBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ConsentDocumentBuilder(String kind) {
        String unique = UUID.randomUUID().toString();
        fields.put("kind", kind);
        fields.put("title", "Consent " + unique);
        fields.put("text", "I understand the procedure, its risks and the aftercare (" + unique + ").\n"
                + "Signed copies are kept by the clinic.");
    }

    /** A microneedling treatment consent. */
    public static ConsentDocumentBuilder aConsentDocument() {
        return new ConsentDocumentBuilder("MICRONEEDLING_TREATMENT");
    }

    public static ConsentDocumentBuilder aConsentDocument(String kind) {
        return new ConsentDocumentBuilder(kind);
    }

    public ConsentDocumentBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ConsentDocumentBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public String title() {
        return (String) fields.get("title");
    }

    public String text() {
        return (String) fields.get("text");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    /** Publishes the document through the API as an administrator. */
    public Published publish() {
        Response response = given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/consent-documents")
                .then().statusCode(201)
                .extract().response();
        return new Published(response.path("id"), response.path("kind"), response.<Integer>path("version"),
                response.path("textSha256"), response.path("publishedAt"));
    }

    /** What a test needs to know of a published document. */
    public record Published(String id, String kind, int version, String textSha256, String publishedAt) {
    }
}
