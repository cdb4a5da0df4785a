package care.needlepoint.scheduling.support;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test data in the real clients-service and treatments-service that the tests run against (PeerServices): clients
 * with or without consent and screening, archived clients, protocols. Everything goes through their public APIs with
 * real tokens, as a front desk or administrator would.
 */
public final class PeerData {

    private PeerData() {
    }

    /** A request to clients-service. */
    public static RequestSpecification clients(String role) {
        return peer("clients-service", role);
    }

    /** A request to treatments-service. */
    public static RequestSpecification treatments(String role) {
        return peer("treatments-service", role);
    }

    private static RequestSpecification peer(String service, String role) {
        URI url = URI.create(ConfigProvider.getConfig()
                .getValue("quarkus.rest-client." + service + ".url", String.class));
        return given().baseUri(url.getScheme() + "://" + url.getHost()).port(url.getPort())
                .auth().oauth2(TestTokens.forRole(role));
    }

    /** A new ACTIVE client without consent or screening. */
    public static String aClient() {
        String unique = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "Amelia");
        body.put("familyName", "Okafor-" + unique);
        body.put("dateOfBirth", "1988-04-17");
        body.put("email", "amelia." + unique + "@example.com");
        body.put("timeZone", "Europe/London");
        return clients("front-desk").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    /** A client ready for treatment: consent to the current MICRONEEDLING_TREATMENT document and a screening. */
    public static String aTreatableClient() {
        String client = aClient();
        consentToTreatment(client);
        recordScreening(client);
        return client;
    }

    public static void consentToTreatment(String clientId) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("documentId", currentTreatmentConsentDocument());
        // Not before the document was published (it may have been published a moment ago).
        consent.put("signedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        consent.put("method", "HANDWRITTEN_SIGNATURE");
        clients("front-desk").contentType(ContentType.JSON).body(consent)
                .when().post("/api/v1/clients/" + clientId + "/consents")
                .then().statusCode(201);
    }

    /** Every screening question answered "no". */
    public static void recordScreening(String clientId) {
        recordScreening(clientId, Map.of());
    }

    /** Every screening question answered "no" except the given answers. */
    public static void recordScreening(String clientId, Map<String, Object> except) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("activeAcneOrInfection", Map.of("present", false, "areas", List.of()));
        for (String yesNo : List.of("herpesSimplexHistory", "keloidOrHypertrophicScarring",
                "anticoagulantsOrBleedingDisorder", "pregnantOrBreastfeeding", "chemotherapyOrRadiotherapy",
                "immunosuppressionOrUncontrolledDiabetes", "topicalAnaestheticAllergy", "metalAllergy")) {
            answers.put(yesNo, false);
        }
        answers.put("inflammatorySkinCondition", Map.of("present", false, "conditions", List.of(), "areas",
                List.of()));
        for (String dated : List.of("isotretinoin", "chemicalPeel", "laserTreatment", "injectables", "sunburn")) {
            answers.put(dated, Map.of("occurred", false));
        }
        answers.putAll(except);
        clients("practitioner").contentType(ContentType.JSON).body(answers)
                .when().post("/api/v1/clients/" + clientId + "/screenings")
                .then().statusCode(201);
    }

    public static void archive(String clientId) {
        clients("front-desk").when().post("/api/v1/clients/" + clientId + "/archive").then().statusCode(200);
    }

    /** The current treatment consent document, published once if there is none. */
    static synchronized String currentTreatmentConsentDocument() {
        List<Map<String, Object>> current = clients("admin")
                .queryParam("kind", "MICRONEEDLING_TREATMENT").queryParam("current", "true")
                .when().get("/api/v1/consent-documents")
                .then().statusCode(200).extract().path("items");
        if (!current.isEmpty()) {
            return (String) current.get(0).get("id");
        }
        Map<String, Object> document = Map.of("kind", "MICRONEEDLING_TREATMENT", "title", "Microneedling consent",
                "text", "I understand the procedure, its risks and the aftercare.");
        return clients("admin").contentType(ContentType.JSON).body(document)
                .when().post("/api/v1/consent-documents")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * A CLINIC protocol of {@code procedureMinutes} with numbing {@code policy} (NONE, OPTIONAL or
     * REQUIRED_ABOVE_DEPTH at 1.00 mm) of {@code dwellMinutes}.
     */
    public static String aProtocol(int procedureMinutes, String policy, int dwellMinutes) {
        return aProtocol(procedureMinutes, policy, dwellMinutes, 28, 42);
    }

    /** As {@link #aProtocol(int, String, int)}, with sessions {@code minDays} to {@code maxDays} apart. */
    public static String aProtocol(int procedureMinutes, String policy, int dwellMinutes, int minDays, int maxDays) {
        return treatments("admin").contentType(ContentType.JSON)
                .body(protocolFields(UUID.randomUUID().toString().substring(0, 8), procedureMinutes, policy,
                        dwellMinutes, minDays, maxDays))
                .when().post("/api/v1/protocols")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Publishes the next version of a protocol made by {@link #aProtocol(int, String, int)} with no numbing, now
     * {@code procedureMinutes} long; returns the new version's number.
     */
    public static int reviseProcedureMinutes(String protocolId, int procedureMinutes) {
        io.restassured.response.Response current = treatments("admin").when().get("/api/v1/protocols/" + protocolId)
                .then().statusCode(200).extract().response();
        String unique = current.<String>path("code").substring("sched-acne-".length());
        return treatments("admin").contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(protocolFields(unique, procedureMinutes, "NONE", 0, 28, 42))
                .when().put("/api/v1/protocols/" + protocolId)
                .then().statusCode(200).extract().path("version");
    }

    private static Map<String, Object> protocolFields(String unique, int procedureMinutes, String policy,
            int dwellMinutes, int minDays, int maxDays) {
        Map<String, Object> numbing = new LinkedHashMap<>();
        numbing.put("policy", policy);
        if (!"NONE".equals(policy)) {
            numbing.put("agent", "Lidocaine 5% cream");
            numbing.put("minimumDwellMinutes", dwellMinutes);
        }
        if ("REQUIRED_ABOVE_DEPTH".equals(policy)) {
            numbing.put("requiredAboveDepthMm", 1.0);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "sched-acne-" + unique);
        body.put("name", "Acne scar revision " + unique);
        body.put("summary", "Medical microneedling for atrophic acne scars.");
        body.put("indication", "ACNE_SCARS");
        body.put("setting", "CLINIC");
        body.put("treatmentAreas", List.of("CHEEKS"));
        body.put("depthLimits", new ArrayList<>(List.of(Map.of("area", "CHEEKS", "deviceType", "PEN", "minMm", 0.5,
                "maxMm", 2.0))));
        body.put("numbing", numbing);
        body.put("procedureMinutes", procedureMinutes);
        body.put("sessions", Map.of("default", 4, "min", 3, "max", 6));
        body.put("spacingDays", Map.of("min", minDays, "max", maxDays));
        body.put("maintenanceIntervalMonths", Map.of("min", 6, "max", 12));
        body.put("aftercare", List.of("Avoid the sun and use SPF 30+."));
        body.put("serums", List.of("Hyaluronic acid"));
        body.put("contraindicationPreset", "CLINIC_DEFAULT");
        return body;
    }
}
