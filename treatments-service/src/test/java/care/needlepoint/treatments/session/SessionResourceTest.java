package care.needlepoint.treatments.session;

import static care.needlepoint.treatments.support.ClientsFixture.aClient;
import static care.needlepoint.treatments.support.CourseFixture.COURSES;
import static care.needlepoint.treatments.support.CourseFixture.aCourse;
import static care.needlepoint.treatments.support.CourseFixture.chart;
import static care.needlepoint.treatments.support.CourseFixture.cheeks;
import static care.needlepoint.treatments.support.CourseFixture.createCourse;
import static care.needlepoint.treatments.support.CourseFixture.sessionBody;
import static care.needlepoint.treatments.support.ProtocolBuilder.aHomeProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.list;
import static care.needlepoint.treatments.support.ProtocolBuilder.object;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.ClientsFixture;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Charting sessions through the API with depth governance, against a real clients-service. */
@QuarkusTest
class SessionResourceTest {

    private static final String TYPES = "https://needlepoint.care/problems/";
    private static final ZoneId CLINIC = ZoneId.of("Europe/London");

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    private static Map<String, Object> numbing(int dwell, int daysAgo) {
        return object("agent", "Lidocaine 5% cream", "appliedAt",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).minusHours(1).withNano(0).toString(),
                "dwellMinutes", dwell);
    }

    private static Map<String, Object> override(String code, String area) {
        return object("code", code, "area", area, "reason", "Clinical judgement, discussed with the client.");
    }

    private static Response course(String id) {
        return as("front-desk").when().get(COURSES + "/" + id).then().statusCode(200).extract().response();
    }

    private static LocalDate localDate(String instant) {
        return LocalDate.ofInstant(java.time.Instant.parse(instant), CLINIC);
    }

    @Test
    void theFirstSessionIsChartedByTheCallingPractitionerAndStartsTheCourse() {
        String courseId = aCourse();
        Response charted = chart(courseId, sessionBody(1.00, 1)).then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("courseId", equalTo(courseId))
                .body("sequence", equalTo(1))
                .body("kind", equalTo("SERIES"))
                .body("practitioner", equalTo("practitioner-ana"))
                .body("areas[0].area", equalTo("CHEEKS"))
                .body("areas[0].depthMm", equalTo(1.0f))
                .body("areas[0].directions", equalTo(List.of("HORIZONTAL", "VERTICAL", "DIAGONAL")))
                .body("areas[0].endpoint", equalTo("PINPOINT_BLEEDING"))
                .body("numbing", nullValue())
                .body("serums", equalTo(List.of("Hyaluronic acid")))
                .body("aftercareGiven", equalTo(true))
                .body("overrides", hasSize(0))
                .body("screeningId", notNullValue())
                .body("consentId", notNullValue())
                .body("original", nullValue())
                .body("amendments", hasSize(0))
                .body("version", equalTo(1))
                .extract().response();
        assertThat(charted.header("ETag")).isEqualTo("\"1\"");
        assertThat(charted.header("Location")).endsWith(COURSES + "/" + courseId + "/sessions/"
                + charted.path("id"));

        Response after = course(courseId);
        assertThat(after.<String>path("status")).isEqualTo("ACTIVE");
        assertThat(after.<Integer>path("sessionsCompleted")).isEqualTo(1);
        assertThat(after.<Integer>path("version")).isEqualTo(2);
        LocalDate performed = localDate(charted.path("performedAt"));
        assertThat(after.<String>path("nextSessionWindow.earliest")).isEqualTo(performed.plusDays(28).toString());
        assertThat(after.<String>path("nextSessionWindow.latest")).isEqualTo(performed.plusDays(42).toString());
        assertThat(after.<String>path("maintenanceDueWindow")).isNull();
        assertThat(after.<List<String>>path("statusHistory.to")).containsExactly("PLANNED", "ACTIVE");
    }

    @Test
    void theLastPlannedSessionCompletesTheCourseAndStartsMaintenance() {
        String courseId = aCourse();
        chart(courseId, sessionBody(1.00, 90)).then().statusCode(201);
        Map<String, Object> second = sessionBody(1.25, 60);
        second.put("numbing", numbing(30, 60));
        chart(courseId, second).then().statusCode(201);
        Map<String, Object> third = sessionBody(1.50, 20);
        third.put("numbing", numbing(45, 20));
        String lastPerformedAt = chart(courseId, third).then().statusCode(201).extract().path("performedAt");

        Response after = course(courseId);
        LocalDate last = localDate(lastPerformedAt);
        assertThat(after.<String>path("status")).isEqualTo("MAINTENANCE");
        assertThat(after.<Integer>path("sessionsCompleted")).isEqualTo(3);
        assertThat(after.<String>path("completedAt")).isNotNull();
        assertThat(after.<Object>path("nextSessionWindow")).isNull();
        assertThat(after.<String>path("maintenanceDueWindow.earliest")).isEqualTo(last.plusMonths(6).toString());
        assertThat(after.<String>path("maintenanceDueWindow.latest")).isEqualTo(last.plusMonths(12).toString());
        assertThat(after.<List<String>>path("statusHistory.to"))
                .containsExactly("PLANNED", "ACTIVE", "COMPLETED", "MAINTENANCE");

        Map<String, Object> maintenance = sessionBody(1.50, 0);
        maintenance.put("numbing", numbing(30, 0));
        chart(courseId, maintenance).then().statusCode(201).body("kind", equalTo("MAINTENANCE"))
                .body("sequence", equalTo(4));
        assertThat(course(courseId).<Integer>path("sessionsCompleted")).isEqualTo(3);
    }

    @Test
    void aDepthOutsideTheProtocolRangeIsRefusedWithReasonsUntilOverriddenWithAReason() {
        String courseId = aCourse();
        Map<String, Object> body = sessionBody(0.90, 1);
        Map<String, Long> before = Rows.countAll();
        chart(courseId, body).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(TYPES + "rule-violated"))
                .body("reasons", hasSize(1))
                .body("reasons[0].code", equalTo("depth-out-of-range"))
                .body("reasons[0].area", equalTo("CHEEKS"))
                .body("reasons[0].resolution", equalTo("OVERRIDE"))
                .body("reasons[0].message", containsString("1.00-2.00"));
        assertThat(Rows.countAll()).isEqualTo(before);

        body.put("overrides", list(override("depth-out-of-range", "CHEEKS")));
        chart(courseId, body).then().statusCode(201)
                .body("overrides[0].code", equalTo("depth-out-of-range"))
                .body("overrides[0].area", equalTo("CHEEKS"))
                .body("overrides[0].reason", equalTo("Clinical judgement, discussed with the client."));
    }

    @Test
    void stepsAboveThePreviousDepthAndShortNumbingAreRefusedTogether() {
        String courseId = aCourse();
        Map<String, Object> body = sessionBody(1.50, 1);
        body.put("numbing", numbing(10, 1));
        chart(courseId, body).then().statusCode(422)
                .body("reasons.code", equalTo(List.of("depth-step-exceeded", "numbing-dwell-too-short")));
        body.remove("numbing");
        chart(courseId, body).then().statusCode(422)
                .body("reasons.code", equalTo(List.of("depth-step-exceeded", "numbing-required")));
        body.put("numbing", numbing(30, 1));
        body.put("overrides", list(override("depth-step-exceeded", null)));
        chart(courseId, body).then().statusCode(201).body("numbing.dwellMinutes", equalTo(30))
                .body("numbing.agent", equalTo("Lidocaine 5% cream"));
    }

    @Test
    void overridesOfNothingOrOfTheNeverOverridableAre400s() {
        String courseId = aCourse();
        Map<String, Object> body = sessionBody(1.00, 1);
        Map<String, Long> before = Rows.countAll();
        body.put("overrides", list(override("depth-step-exceeded", "CHEEKS")));
        chart(courseId, body).then().statusCode(400).body("violations[0].field", equalTo("overrides[0].code"))
                .body("violations[0].message", containsString("names no refusal"));
        body.put("overrides", list(override("consent-missing", null)));
        chart(courseId, body).then().statusCode(400).body("violations[0].field", equalTo("overrides[0].code"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aProtocolThatDoesNotAllowAnOverrideRefusesItAndStoresNothing() {
        String protocolId = aProtocol().with("overridableRefusals", list("depth-out-of-range"))
                .create();
        String courseId = createCourse(ClientsFixture.eligibleClient(), protocolId);
        Map<String, Object> body = sessionBody(1.50, 1);
        body.put("numbing", numbing(30, 1));
        chart(courseId, body).then().statusCode(422)
                .body("reasons", hasSize(1))
                .body("reasons[0].code", equalTo("depth-step-exceeded"))
                .body("reasons[0].resolution", equalTo("NONE"))
                .body("reasons[0].message", containsString("does not allow overriding"));

        Map<String, Long> before = Rows.countAll();
        body.put("overrides", list(override("depth-step-exceeded", "CHEEKS")));
        chart(courseId, body).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(TYPES + "rule-violated"))
                .body("reasons.code", equalTo(List.of("depth-step-exceeded")))
                .body("reasons[0].resolution", equalTo("NONE"));
        assertThat(Rows.countAll()).isEqualTo(before);

        // What the protocol does allow is still overridable on the same course.
        Map<String, Object> shallow = sessionBody(0.90, 1);
        shallow.put("overrides", list(override("depth-out-of-range", "CHEEKS")));
        chart(courseId, shallow).then().statusCode(201).body("overrides[0].code", equalTo("depth-out-of-range"));
    }

    @Test
    void aWarnFindingNeedsAnAcknowledgementWhichIsStored() {
        String courseId = createCourse(aClient().answering("herpesSimplexHistory", true).create(),
                aProtocol().create());
        Map<String, Object> body = sessionBody(1.00, 1);
        chart(courseId, body).then().statusCode(422)
                .body("reasons[0].code", equalTo("contraindication.herpes-simplex-history"))
                .body("reasons[0].resolution", equalTo("ACKNOWLEDGE"));
        body.put("acknowledgedWarnings", list("contraindication.herpes-simplex-history"));
        chart(courseId, body).then().statusCode(201)
                .body("acknowledgedWarnings", equalTo(List.of("contraindication.herpes-simplex-history")));
    }

    @Test
    void blockContraindicationsMissingScreeningOrConsentCannotBeCharted() {
        String protocol = aProtocol().create();
        String pregnant = createCourse(aClient().answering("pregnantOrBreastfeeding", true).create(), protocol);
        String unscreened = createCourse(aClient().withoutScreening().create(), protocol);
        String unconsented = createCourse(aClient().withoutConsent().create(), protocol);
        Map<String, Long> before = Rows.countAll();
        chart(pregnant, sessionBody(1.00, 1)).then().statusCode(422)
                .body("reasons[0].code", equalTo("contraindication.pregnant-or-breastfeeding"))
                .body("reasons[0].resolution", equalTo("NONE"));
        chart(unscreened, sessionBody(1.00, 1)).then().statusCode(422)
                .body("reasons.code", equalTo(List.of("screening-missing")));
        chart(unconsented, sessionBody(1.00, 1)).then().statusCode(422)
                .body("reasons.code", equalTo(List.of("consent-missing")))
                .body("reasons[0].resolution", equalTo("NONE"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void homeDepthsAbove050NeedApprovalAndNeverReach100() {
        String homeProtocol = aHomeProtocol().create();
        Map<String, Object> course = object("clientId", ClientsFixture.eligibleClient().toString(),
                "protocolId", homeProtocol, "plannedSessions", 6,
                "areas", list(object("area", "CHEEKS", "deviceType", "ROLLER", "startingDepthMm", 0.50)));
        String courseId = as("practitioner").contentType(ContentType.JSON).body(course).when().post(COURSES)
                .then().statusCode(201).extract().path("id");

        Map<String, Object> deeper = sessionBody(0.75, 2);
        ((Map<String, Object>) ((List<?>) deeper.get("areas")).get(0)).put("deviceType", "ROLLER");
        chart(courseId, deeper).then().statusCode(422)
                .body("reasons.code", equalTo(List.of("home-depth-needs-approval")));
        deeper.put("overrides", list(override("home-depth-needs-approval", "CHEEKS")));
        chart(courseId, deeper).then().statusCode(201);

        Map<String, Object> never = sessionBody(1.00, 1);
        ((Map<String, Object>) ((List<?>) never.get("areas")).get(0)).put("deviceType", "ROLLER");
        never.put("overrides", list(override("depth-out-of-range", "CHEEKS")));
        chart(courseId, never).then().statusCode(422)
                .body("reasons.code", equalTo(List.of("home-depth-never")))
                .body("reasons[0].resolution", equalTo("NONE"));
    }

    @Test
    void aRetriedChartingWithTheSameIdempotencyKeyChartsOnce() {
        String courseId = aCourse();
        Map<String, Object> body = sessionBody(1.00, 1);
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(TestTokens.forRole("practitioner")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(COURSES + "/" + courseId + "/sessions")
                .then().statusCode(201).extract().path("id");
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("practitioner")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(COURSES + "/" + courseId + "/sessions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(Rows.countAll()).isEqualTo(before);
        assertThat(course(courseId).<Integer>path("sessionsCompleted")).isEqualTo(1);
    }

    @Test
    void aStoppedCourseTakesNoSessions() {
        String courseId = aCourse();
        as("practitioner").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(object("status", "STOPPED", "reason", "Client withdrew."))
                .when().post(COURSES + "/" + courseId + "/status-changes").then().statusCode(200);
        chart(courseId, sessionBody(1.00, 1)).then().statusCode(409).body("type", equalTo(TYPES + "conflict"));
        chart(UUID.randomUUID().toString(), sessionBody(1.00, 1)).then().statusCode(404);
    }

    @Test
    void amendmentsKeepTheOriginalReadableAndNeedIfMatch() {
        String courseId = aCourse();
        String sessionId = chart(courseId, sessionBody(1.00, 1)).then().statusCode(201).extract().path("id");
        String path = COURSES + "/" + courseId + "/sessions/" + sessionId + "/amendments";
        Map<String, Object> amendment = object("reason", "Pass count was wrong.", "notes",
                "Responded well; 4 passes.");
        RequestSpecification practitioner = given().auth().oauth2(TestTokens.forUser("practitioner-bo",
                "practitioner")).contentType(ContentType.JSON);
        Map<String, Long> before = Rows.countAll();
        practitioner.body(amendment).when().post(path).then().statusCode(428);
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(object("reason", "Nothing really.", "notes", "Responded well."))
                .when().post(path).then().statusCode(400).body("violations[0].field", equalTo("(body)"));
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(object("reason", "Depth was wrong.", "depthMm", 1.25))
                .when().post(path).then().statusCode(400).body("violations[0].field", equalTo("depthMm"));
        assertThat(Rows.countAll()).isEqualTo(before);

        Response amended = given().auth().oauth2(TestTokens.forUser("practitioner-bo", "practitioner"))
                .contentType(ContentType.JSON).header("If-Match", "\"1\"").body(amendment)
                .when().post(path).then().statusCode(200)
                .body("notes", equalTo("Responded well; 4 passes."))
                .body("original.notes", equalTo("Responded well."))
                .body("version", equalTo(2))
                .body("amendments", hasSize(1))
                .body("amendments[0].amendedBy", equalTo("practitioner-bo"))
                .body("amendments[0].reason", equalTo("Pass count was wrong."))
                .body("amendments[0].changes.notes.from", equalTo("Responded well."))
                .body("amendments[0].changes.notes.to", equalTo("Responded well; 4 passes."))
                .extract().response();
        assertThat(amended.header("ETag")).isEqualTo("\"2\"");
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(object("reason", "Another fix.", "aftercareGiven", false))
                .when().post(path).then().statusCode(412);
        as("admin").when().get(COURSES + "/" + courseId + "/sessions/" + sessionId).then().statusCode(200)
                .header("ETag", "\"2\"").body("notes", equalTo("Responded well; 4 passes."));
    }

    private static Response amend(String courseId, String sessionId, String etag, Object body) {
        return given().auth().oauth2(TestTokens.forUser("practitioner-bo", "practitioner"))
                .contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post(COURSES + "/" + courseId + "/sessions/" + sessionId + "/amendments");
    }

    private static Map<String, Object> correctedCheeks(double depth, int passes) {
        Map<String, Object> area = cheeks(depth);
        area.put("passes", passes);
        return area;
    }

    @Test
    void anAmendmentCorrectsAnAreasDepthAndTheHistoryShowsTheCorrectedDepth() {
        String courseId = aCourse();
        Map<String, Object> first = sessionBody(1.00, 40);
        first.put("numbing", numbing(30, 40));
        String sessionId = chart(courseId, first).then().statusCode(201).extract().path("id");

        amend(courseId, sessionId, "\"1\"", object("reason", "Charted 1.00 mm; the pen was set to 1.20 mm.",
                "areas", list(correctedCheeks(1.20, 4))))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("areas[0].depthMm", equalTo(1.2f))
                .body("areas[0].passes", equalTo(4))
                .body("areas[0].deviceType", equalTo("PEN"))
                .body("original.areas[0].depthMm", equalTo(1.0f))
                .body("original.areas[0].passes", equalTo(3))
                .body("amendments[0].changes.keySet()", equalTo(java.util.Set.of("areas[CHEEKS].depthMm",
                        "areas[CHEEKS].passes")))
                .body("amendments[0].changes.'areas[CHEEKS].depthMm'.from", equalTo(1.0f))
                .body("amendments[0].changes.'areas[CHEEKS].depthMm'.to", equalTo(1.2f))
                .body("amendments[0].changes.'areas[CHEEKS].passes'.from", equalTo(3))
                .body("amendments[0].changes.'areas[CHEEKS].passes'.to", equalTo(4))
                .body("amendments[0].overrides", hasSize(0));

        // Read back: the current values, the original beside them, and the depth history built on the correction.
        as("practitioner").when().get(COURSES + "/" + courseId + "/sessions/" + sessionId).then().statusCode(200)
                .body("areas[0].depthMm", equalTo(1.2f)).body("original.areas[0].depthMm", equalTo(1.0f))
                .body("amendments[0].changes.'areas[CHEEKS].depthMm'.from", equalTo(1.0f));
        as("practitioner").when().get(COURSES + "/" + courseId + "/depth-history").then().statusCode(200)
                .body("areas[0].sessions.depthMm", equalTo(List.of(1.2f)))
                .body("areas[0].lastDepthMm", equalTo(1.2f));

        // The next session's step limit starts from the corrected depth: 1.45 is within 0.25 mm of 1.20.
        Map<String, Object> second = sessionBody(1.45, 5);
        second.put("numbing", numbing(30, 5));
        chart(courseId, second).then().statusCode(201);
    }

    @Test
    void aCorrectionTheChartingRulesRefuseIsA422ThatStoresNothingUntilOverridden() {
        String courseId = aCourse();
        String sessionId = chart(courseId, sessionBody(1.00, 1)).then().statusCode(201).extract().path("id");
        Map<String, Object> correction = object("reason", "The pen was set to 1.50 mm, not 1.00 mm.",
                "areas", list(correctedCheeks(1.50, 3)));
        Map<String, Long> before = Rows.countAll();
        amend(courseId, sessionId, "\"1\"", correction).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "rule-violated"))
                .body("detail", containsString("The amendment was not recorded"))
                .body("reasons.code", equalTo(List.of("depth-step-exceeded", "numbing-required")))
                .body("reasons.resolution", equalTo(List.of("OVERRIDE", "OVERRIDE")));
        // Out of the protocol's range (2.00 mm) as well.
        amend(courseId, sessionId, "\"1\"", object("reason", "The pen was set to 2.50 mm.",
                "areas", list(correctedCheeks(2.50, 3)))).then().statusCode(422)
                .body("reasons.code", hasItem("depth-out-of-range"));
        assertThat(Rows.countAll()).isEqualTo(before);
        as("practitioner").when().get(COURSES + "/" + courseId + "/sessions/" + sessionId).then().statusCode(200)
                .body("version", equalTo(1)).body("areas[0].depthMm", equalTo(1.0f));

        correction.put("overrides", list(override("depth-step-exceeded", "CHEEKS"),
                override("numbing-required", null)));
        amend(courseId, sessionId, "\"1\"", correction).then().statusCode(200)
                .body("areas[0].depthMm", equalTo(1.5f))
                .body("overrides", hasSize(0))
                .body("amendments[0].overrides.code", equalTo(List.of("depth-step-exceeded", "numbing-required")))
                .body("amendments[0].overrides[0].reason",
                        equalTo("Clinical judgement, discussed with the client."));

        // A later correction of something else keeps standing on those overrides.
        amend(courseId, sessionId, "\"2\"", object("reason", "Four passes, not three.",
                "areas", list(correctedCheeks(1.50, 4)))).then().statusCode(200)
                .body("areas[0].passes", equalTo(4)).body("amendments[1].overrides", hasSize(0));
    }

    @Test
    void aCorrectionTheProtocolDoesNotLetAPractitionerOverrideStaysRefused() {
        String protocolId = aProtocol().with("overridableRefusals", list("numbing-required")).create();
        String courseId = createCourse(ClientsFixture.eligibleClient(), protocolId);
        String sessionId = chart(courseId, sessionBody(1.00, 1)).then().statusCode(201).extract().path("id");
        Map<String, Long> before = Rows.countAll();
        amend(courseId, sessionId, "\"1\"", object("reason", "The pen was set to 1.50 mm.",
                "areas", list(correctedCheeks(1.50, 3)), "overrides", list(override("depth-step-exceeded", "CHEEKS"),
                        override("numbing-required", null)))).then().statusCode(422)
                .body("reasons.code", equalTo(List.of("depth-step-exceeded")))
                .body("reasons[0].resolution", equalTo("NONE"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    static Stream<Arguments> badCorrections() {
        return Stream.of(
                Arguments.of("areas[0].area", object("reason", "Wrong area.", "areas", list(object("area", "TEMPLES",
                        "deviceType", "PEN", "depthMm", 0.5, "needleConfiguration", "12-pin nano cartridge",
                        "passes", 3, "directions", list("HORIZONTAL"), "endpoint", "ERYTHEMA")))),
                Arguments.of("areas[1].area", object("reason", "Listed twice.", "areas",
                        list(correctedCheeks(1.00, 4), correctedCheeks(1.00, 5)))),
                Arguments.of("areas[0].depthMm", object("reason", "Three decimals.", "areas",
                        list(correctedCheeks(1.005, 3)))),
                Arguments.of("areas[0].depthMm", object("reason", "Too deep.", "areas",
                        list(correctedCheeks(3.5, 3)))),
                Arguments.of("areas[0].passes", object("reason", "No passes.", "areas",
                        list(correctedCheeks(1.00, 0)))),
                Arguments.of("areas[0].deviceType", object("reason", "Unknown device.", "areas",
                        list(object("area", "CHEEKS", "deviceType", "LASER", "depthMm", 1.0,
                                "needleConfiguration", "12-pin", "passes", 3, "directions", list("HORIZONTAL"),
                                "endpoint", "ERYTHEMA")))),
                Arguments.of("areas", object("reason", "Empty list.", "areas", list())),
                Arguments.of("overrides", object("reason", "Override without a correction.", "notes", "New notes.",
                        "overrides", list(override("depth-step-exceeded", "CHEEKS")))),
                Arguments.of("overrides[0].code", object("reason", "Override of nothing.", "areas",
                        list(correctedCheeks(1.00, 4)), "overrides", list(override("depth-step-exceeded", "CHEEKS")))),
                Arguments.of("overrides[0].code", object("reason", "Never overridable.", "areas",
                        list(correctedCheeks(1.00, 4)), "overrides", list(override("consent-missing", null)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCorrections")
    void aBadCorrectionIsA400NamingTheFieldAndStoresNothing(String field, Map<String, Object> body) {
        String courseId = aCourse();
        String sessionId = chart(courseId, sessionBody(1.00, 1)).then().statusCode(201).extract().path("id");
        Map<String, Long> before = Rows.countAll();
        amend(courseId, sessionId, "\"1\"", body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesChangesToChartedSessions() throws SQLException {
        String courseId = aCourse();
        String sessionId = chart(courseId, sessionBody(1.00, 1)).then().statusCode(201).extract().path("id");
        try (Connection connection = TestDatabase.adminConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE treatments.treatment_session SET notes = 'x' "
                    + "WHERE id = '" + sessionId + "'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM treatments.session_area WHERE session_id = '"
                    + sessionId + "'")).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void theDepthHistoryShowsWhatWasUsedLastTimePerArea() {
        String courseId = aCourse();
        chart(courseId, sessionBody(1.00, 40)).then().statusCode(201);
        Map<String, Object> second = sessionBody(1.25, 5);
        second.put("numbing", numbing(30, 5));
        chart(courseId, second).then().statusCode(201);
        as("practitioner").when().get(COURSES + "/" + courseId + "/depth-history").then().statusCode(200)
                .body("courseId", equalTo(courseId))
                .body("areas.area", equalTo(List.of("CHEEKS", "TEMPLES")))
                .body("areas[0].startingDepthMm", equalTo(1.0f))
                .body("areas[0].lastDepthMm", equalTo(1.25f))
                .body("areas[0].sessions.depthMm", equalTo(List.of(1.0f, 1.25f)))
                .body("areas[0].sessions.sequence", equalTo(List.of(1, 2)))
                .body("areas[1].sessions", hasSize(0))
                .body("areas[1].lastDepthMm", equalTo(0.5f));
        as("admin").queryParam("area", "TEMPLES").when().get(COURSES + "/" + courseId + "/depth-history")
                .then().statusCode(200).body("areas.area", equalTo(List.of("TEMPLES")));
        as("practitioner").when().get(COURSES + "/" + courseId + "/sessions").then().statusCode(200)
                .body("items.sequence", equalTo(List.of(1, 2))).body("nextCursor", nullValue());
        Response page = as("practitioner").queryParam("limit", 1).when().get(COURSES + "/" + courseId + "/sessions")
                .then().statusCode(200).body("items.sequence", equalTo(List.of(1))).extract().response();
        as("practitioner").queryParam("limit", 1).queryParam("cursor", page.<String>path("nextCursor"))
                .when().get(COURSES + "/" + courseId + "/sessions").then().statusCode(200)
                .body("items.sequence", equalTo(List.of(2)));
    }

    @Test
    void frontDeskSeesCoursesButNoClinicalRecords() {
        String courseId = aCourse();
        String sessionId = chart(courseId, sessionBody(1.00, 1)).then().statusCode(201).extract().path("id");
        as("front-desk").when().get(COURSES + "/" + courseId).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("notes")));
        for (String role : List.of("front-desk", "integration", "service")) {
            as(role).when().get(COURSES + "/" + courseId + "/sessions").then().statusCode(403);
            as(role).when().get(COURSES + "/" + courseId + "/sessions/" + sessionId).then().statusCode(403);
            as(role).when().get(COURSES + "/" + courseId + "/depth-history").then().statusCode(403);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "admin", "front-desk", "integration", "service" })
    void onlyPractitionersChartAndAmend(String role) {
        String courseId = aCourse();
        as(role).contentType(ContentType.JSON).body(sessionBody(1.00, 1))
                .when().post(COURSES + "/" + courseId + "/sessions").then().statusCode(403);
        as(role).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(object("reason", "Fix.", "notes", "x"))
                .when().post(COURSES + "/" + courseId + "/sessions/" + UUID.randomUUID() + "/amendments")
                .then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> area(Map<String, Object> body) {
        return (Map<String, Object>) ((List<?>) body.get("areas")).get(0);
    }

    static Stream<Arguments> badSessions() {
        return Stream.of(
                bad("performedAt", body -> body.remove("performedAt")),
                bad("performedAt", body -> body.put("performedAt", "2026-11-21T09:30:00")),
                bad("performedAt", body -> body.put("performedAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2)
                        .toString())),
                bad("aftercareGiven", body -> body.remove("aftercareGiven")),
                bad("aftercareGiven", body -> body.put("aftercareGiven", "true")),
                bad("areas", body -> body.put("areas", list())),
                bad("areas[0].depthMm", body -> area(body).put("depthMm", 1.005)),
                bad("areas[0].depthMm", body -> area(body).put("depthMm", -1.0)),
                bad("areas[0].depthMm", body -> area(body).put("depthMm", 3.5)),
                bad("areas[0].depthMm", body -> area(body).remove("depthMm")),
                bad("areas[0].area", body -> area(body).put("area", "ELBOWS")),
                bad("areas[0].area", body -> area(body).put("area", "NOSE")),
                bad("areas[1].area", body -> body.put("areas", list(cheeks(1.0), cheeks(1.0)))),
                bad("areas[0].deviceType", body -> area(body).put("deviceType", "LASER")),
                bad("areas[0].passes", body -> area(body).put("passes", "3")),
                bad("areas[0].passes", body -> area(body).put("passes", 0)),
                bad("areas[0].directions", body -> area(body).put("directions", list())),
                bad("areas[0].endpoint", body -> area(body).put("endpoint", "BRUISING")),
                bad("areas[0].needleConfiguration", body -> area(body).put("needleConfiguration", "x".repeat(81))),
                bad("notes", body -> body.put("notes", "x".repeat(4001))),
                bad("numbing.dwellMinutes", body -> body.put("numbing", object("agent", "Lidocaine",
                        "appliedAt", "2026-01-01T09:00:00Z"))),
                bad("numbing.appliedAt", body -> body.put("numbing", object("agent", "Lidocaine",
                        "appliedAt", OffsetDateTime.now(ZoneOffset.UTC).toString(), "dwellMinutes", 30))),
                bad("overrides[0].reason", body -> body.put("overrides", list(object("code", "depth-out-of-range",
                        "reason", "short")))),
                bad("colour", body -> body.put("colour", "blue")));
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(field, breakIt);
    }

    private static String courseForBadInput;

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSessions")
    void badInputIsA400NamingTheFieldAndStoresNothing(String field, Consumer<Map<String, Object>> breakIt) {
        synchronized (SessionResourceTest.class) {
            if (courseForBadInput == null) {
                courseForBadInput = aCourse();
            }
        }
        Map<String, Object> body = sessionBody(1.00, 1);
        breakIt.accept(body);
        Map<String, Long> before = Rows.countAll();
        chart(courseForBadInput, body).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
