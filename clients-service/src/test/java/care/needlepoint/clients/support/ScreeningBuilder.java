package care.needlepoint.clients.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.clients.screening.api.ScreeningAnswers;
import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;

/**
 * Builds screening answer bodies: valid by default (every answer "no"), and easy to change one answer at a time,
 * e.g. {@code aScreening().present("activeAcneOrInfection", "CHEEKS")} or
 * {@code aScreening().occurred("isotretinoin", "2026-05-01")}. Nested fields are named by their dotted JSON path.
 */
public final class ScreeningBuilder {

    public static final List<String> YES_NO = List.of("herpesSimplexHistory", "keloidOrHypertrophicScarring",
            "anticoagulantsOrBleedingDisorder", "pregnantOrBreastfeeding", "chemotherapyOrRadiotherapy",
            "immunosuppressionOrUncontrolledDiabetes", "topicalAnaestheticAllergy", "metalAllergy");
    public static final List<String> DATED = List.of("isotretinoin", "chemicalPeel", "laserTreatment",
            "injectables", "sunburn");

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ScreeningBuilder() {
        fields.put("activeAcneOrInfection", object("present", false, "areas", new ArrayList<>()));
        fields.put("herpesSimplexHistory", false);
        fields.put("keloidOrHypertrophicScarring", false);
        fields.put("inflammatorySkinCondition",
                object("present", false, "conditions", new ArrayList<>(), "areas", new ArrayList<>()));
        fields.put("anticoagulantsOrBleedingDisorder", false);
        fields.put("pregnantOrBreastfeeding", false);
        fields.put("chemotherapyOrRadiotherapy", false);
        fields.put("immunosuppressionOrUncontrolledDiabetes", false);
        for (String dated : DATED) {
            fields.put(dated, object("occurred", false));
        }
        fields.put("topicalAnaestheticAllergy", false);
        fields.put("metalAllergy", false);
    }

    /** Every question answered "no", no notes. */
    public static ScreeningBuilder aScreening() {
        return new ScreeningBuilder();
    }

    /** Sets a field; a dotted path sets a field of a nested answer, creating the answer if needed. */
    @SuppressWarnings("unchecked")
    public ScreeningBuilder with(String field, Object value) {
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

    /** Removes a field; a dotted path removes a field of a nested answer. */
    @SuppressWarnings("unchecked")
    public ScreeningBuilder without(String field) {
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

    /** A site condition (activeAcneOrInfection, inflammatorySkinCondition) present at these areas. */
    public ScreeningBuilder present(String siteCondition, String... areas) {
        return with(siteCondition + ".present", true).with(siteCondition + ".areas", new ArrayList<>(List.of(areas)));
    }

    /** A dated history that last occurred on {@code lastOn} (YYYY-MM-DD). */
    public ScreeningBuilder occurred(String datedHistory, String lastOn) {
        return with(datedHistory, object("occurred", true, "lastOn", lastOn));
    }

    public Map<String, Object> body() {
        return JSON.convertValue(fields, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class,
                Object.class));
    }

    /** The answers as the service's record, for plain JUnit tests of the rules. */
    public ScreeningAnswers answers() {
        return JSON.convertValue(fields, ScreeningAnswers.class);
    }

    /** Records the screening for the client through the API as a practitioner and returns its id. */
    public String recordFor(String clientId) {
        return given().auth().oauth2(TestTokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/clients/" + clientId + "/screenings")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
