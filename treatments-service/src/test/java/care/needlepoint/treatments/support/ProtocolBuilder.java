package care.needlepoint.treatments.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.protocol.api.ProtocolFields;
import io.restassured.http.ContentType;

/**
 * Builds protocol request bodies: valid by default (a clinic acne-scar protocol), with a code and name unique per
 * builder so that tests never see each other's protocols, and easy to break one field at a time. Nested fields are
 * named by their dotted JSON path, e.g. {@code with("needleDepthMm.max", 0.75)}.
 */
public final class ProtocolBuilder {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ProtocolBuilder() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        fields.put("code", "clinic-acne-scars-" + unique);
        fields.put("name", "Acne scar revision " + unique);
        fields.put("summary", "Medical microneedling for atrophic acne scars: a course of sessions at 1.0-2.0 mm "
                + "under topical anaesthetic.");
        fields.put("indication", "ACNE_SCARS");
        fields.put("setting", "CLINIC");
        fields.put("needleDepthMm", object("min", 1.0, "max", 2.0));
        fields.put("numbing", object("policy", "REQUIRED", "minimumDwellMinutes", 30));
        fields.put("procedureMinutes", 45);
        fields.put("sessions", object("default", 4, "min", 3, "max", 6));
        fields.put("spacingDays", object("min", 28, "max", 42));
        fields.put("maintenanceIntervalMonths", object("min", 6, "max", 12));
        fields.put("aftercare", new ArrayList<>(List.of(
                "No make-up, sweating, sauna or swimming for 24-48 hours.",
                "Avoid the sun and use SPF 30+.",
                "No retinoids, acids, vitamin C or scrubs for 5-7 days.")));
    }

    /** A valid CLINIC protocol for acne scars. */
    public static ProtocolBuilder aProtocol() {
        return new ProtocolBuilder();
    }

    /** A valid HOME protocol: 0.25-0.50 mm, no numbing. */
    public static ProtocolBuilder aHomeProtocol() {
        return new ProtocolBuilder()
                .with("setting", "HOME")
                .with("indication", "FINE_LINES_AND_TEXTURE")
                .with("needleDepthMm", object("min", 0.25, "max", 0.5))
                .with("numbing", object("policy", "NONE"))
                .with("procedureMinutes", 10);
    }

    /** Sets a field; a dotted path sets a field of a nested object, creating the object if needed. */
    @SuppressWarnings("unchecked")
    public ProtocolBuilder with(String field, Object value) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            fields.put(field, value);
        } else {
            Map<String, Object> nested = (Map<String, Object>) fields.computeIfAbsent(field.substring(0, dot),
                    name -> new LinkedHashMap<>());
            nested.put(field.substring(dot + 1), value);
        }
        return this;
    }

    /** Removes a field; a dotted path removes a field of a nested object. */
    @SuppressWarnings("unchecked")
    public ProtocolBuilder without(String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            fields.remove(field);
        } else {
            Object nested = fields.get(field.substring(0, dot));
            if (nested instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).remove(field.substring(dot + 1));
            }
        }
        return this;
    }

    public String code() {
        return (String) fields.get("code");
    }

    public String name() {
        return (String) fields.get("name");
    }

    /** A deep copy of the body, safe to change or send while the builder changes on. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> body() {
        return JSON.convertValue(fields, LinkedHashMap.class);
    }

    /** The body as the service reads it, for plain unit tests of the domain rules. */
    public ProtocolFields fields() {
        return JSON.convertValue(fields, ProtocolFields.class);
    }

    /** Creates the protocol through the API as an administrator and returns its id. */
    public String create() {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/protocols")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
