package care.needlepoint.scheduling.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;

/**
 * Builds practitioner request bodies: valid by default, unique per builder (subject and display name) so that tests
 * never see each other's practitioners, and easy to break one field at a time.
 */
public final class PractitionerBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PractitionerBuilder() {
        String unique = UUID.randomUUID().toString();
        fields.put("displayName", "Dr Ines Duarte " + unique);
        fields.put("subject", "practitioner-" + unique);
        fields.put("email", "ines.duarte@example.com");
        fields.put("active", true);
    }

    public static PractitionerBuilder aPractitioner() {
        return new PractitionerBuilder();
    }

    public PractitionerBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public PractitionerBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public String displayName() {
        return (String) fields.get("displayName");
    }

    public String subject() {
        return (String) fields.get("subject");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    /** Creates the practitioner through the API as admin and returns its id. */
    public String create() {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/practitioners")
                .then().statusCode(201)
                .extract().path("id");
    }
}
