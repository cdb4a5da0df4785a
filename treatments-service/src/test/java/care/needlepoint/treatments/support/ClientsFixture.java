package care.needlepoint.treatments.support;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Sets up clients in the real clients-service these tests run against, through its own API (its URL is this service's
 * REST client setting): a client, optionally a screening (all clear by default, one answer changed at a time) and a
 * consent to the MICRONEEDLING_TREATMENT document this test JVM published once. Each call makes a new client, so
 * tests never see each other's.
 */
public final class ClientsFixture {

    private static String treatmentDocumentId;

    private final Map<String, Object> answers = allClear();
    private boolean screened = true;
    private boolean consented = true;
    private boolean archived;

    private ClientsFixture() {
    }

    /** A client who is ACTIVE, screened (all clear) and consents to treatment: eligible for every protocol. */
    public static ClientsFixture aClient() {
        return new ClientsFixture();
    }

    public static UUID eligibleClient() {
        return aClient().create();
    }

    /** One screening answer by its JSON field: true/false, or a map for site conditions and dated histories. */
    public ClientsFixture answering(String field, Object answer) {
        answers.put(field, answer);
        return this;
    }

    public ClientsFixture withoutScreening() {
        screened = false;
        return this;
    }

    public ClientsFixture withoutConsent() {
        consented = false;
        return this;
    }

    public ClientsFixture archived() {
        archived = true;
        return this;
    }

    public UUID create() {
        String id = clients(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .queryParam("confirmDuplicate", true)
                .body(Map.of("givenName", "Test", "familyName", "Client " + UUID.randomUUID().toString().substring(0, 8),
                        "dateOfBirth", "1988-04-17", "timeZone", "Europe/London"))
                .post("/api/v1/clients").then().log().ifValidationFails().statusCode(201).extract().path("id");
        if (screened) {
            clients(TestTokens.forRole("practitioner")).contentType(ContentType.JSON).body(answers)
                    .post("/api/v1/clients/" + id + "/screenings").then().log().ifValidationFails().statusCode(201);
        }
        if (consented) {
            clients(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                    .body(Map.of("documentId", treatmentDocument(),
                            "signedAt", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                            "method", "HANDWRITTEN_SIGNATURE"))
                    .post("/api/v1/clients/" + id + "/consents").then().log().ifValidationFails().statusCode(201);
        }
        if (archived) {
            clients(TestTokens.forRole("admin")).post("/api/v1/clients/" + id + "/archive").then().log().ifValidationFails().statusCode(200);
        }
        return UUID.fromString(id);
    }

    /** The MICRONEEDLING_TREATMENT document: published once per test JVM, so that every consent stays VALID. */
    private static synchronized String treatmentDocument() {
        if (treatmentDocumentId == null) {
            treatmentDocumentId = clients(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                    .body(Map.of("kind", "MICRONEEDLING_TREATMENT", "title", "Consent to microneedling",
                            "text", "I consent to microneedling treatment as explained to me."))
                    .post("/api/v1/consent-documents").then().log().ifValidationFails().statusCode(201).extract().path("id");
        }
        return treatmentDocumentId;
    }

    /** Every question answered, nothing standing in the way. */
    public static Map<String, Object> allClear() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("activeAcneOrInfection", Map.of("present", false, "areas", List.of()));
        answers.put("herpesSimplexHistory", false);
        answers.put("keloidOrHypertrophicScarring", false);
        answers.put("inflammatorySkinCondition", Map.of("present", false, "areas", List.of(), "conditions",
                List.of()));
        answers.put("anticoagulantsOrBleedingDisorder", false);
        answers.put("pregnantOrBreastfeeding", false);
        answers.put("chemotherapyOrRadiotherapy", false);
        answers.put("immunosuppressionOrUncontrolledDiabetes", false);
        answers.put("isotretinoin", Map.of("occurred", false));
        answers.put("chemicalPeel", Map.of("occurred", false));
        answers.put("laserTreatment", Map.of("occurred", false));
        answers.put("injectables", Map.of("occurred", false));
        answers.put("sunburn", Map.of("occurred", false));
        answers.put("topicalAnaestheticAllergy", false);
        answers.put("metalAllergy", false);
        return answers;
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.clients-service.url", String.class);
    }

    private static RequestSpecification clients(String token) {
        java.net.URI uri = java.net.URI.create(url());
        return given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort()).basePath("")
                .auth().oauth2(token);
    }
}
