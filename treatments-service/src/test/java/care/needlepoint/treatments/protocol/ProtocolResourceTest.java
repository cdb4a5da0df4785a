package care.needlepoint.treatments.protocol;

import static care.needlepoint.treatments.support.ProtocolBuilder.aHomeProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.depthLimit;
import static care.needlepoint.treatments.support.ProtocolBuilder.homeStep;
import static care.needlepoint.treatments.support.ProtocolBuilder.list;
import static care.needlepoint.treatments.support.ProtocolBuilder.object;
import static care.needlepoint.treatments.support.ProtocolBuilder.rule;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;
import care.needlepoint.treatments.support.ProtocolBuilder;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

/** Creating, listing and reading the protocol catalogue. Editing and versions: ProtocolVersionsTest. */
@QuarkusTest
class ProtocolResourceTest {

    private static final String PROTOCOLS = "/api/v1/protocols";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";
    /** Numbers as BigDecimal, so that 1.00 and 1.0 are told apart. */
    private static final RestAssuredConfig DECIMALS = RestAssured.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static Response post(String role, Object body) {
        return given().auth().oauth2(TestTokens.forRole(role))
                .contentType(ContentType.JSON).body(body)
                .when().post(PROTOCOLS);
    }

    /** Every page of the list with these filters, followed cursor by cursor; checks each page's size on the way. */
    private static List<Map<String, Object>> allPages(Map<String, String> filters, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.forRole("front-desk"))
                    .queryParams(filters).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(PROTOCOLS).then().statusCode(200).extract().response();
            List<Map<String, Object>> pageItems = page.path("items");
            cursor = page.path("nextCursor");
            assertThat(pageItems).hasSizeLessThanOrEqualTo(limit);
            if (cursor != null) {
                assertThat(pageItems).as("a page with a next cursor is full").hasSize(limit);
            }
            items.addAll(pageItems);
        } while (cursor != null);
        return items;
    }

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    @Test
    void createdProtocolCanBeReadBackWithItsETag() {
        ProtocolBuilder acne = aProtocol();
        Response created = given().auth().oauth2(TestTokens.forUser("admin-ines", "admin"))
                .contentType(ContentType.JSON).body(acne.body())
                .when().post(PROTOCOLS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PROTOCOLS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Response read = given().config(DECIMALS).auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id))
                .body("code", equalTo(acne.code()))
                .body("version", equalTo(1))
                .body("current", equalTo(true))
                .body("name", equalTo(acne.name()))
                .body("summary", containsString("atrophic acne scars"))
                .body("indication", equalTo("ACNE_SCARS"))
                .body("setting", equalTo("CLINIC"))
                .body("treatmentAreas", equalTo(List.of("CHEEKS", "TEMPLES")))
                .body("depthLimits", hasSize(2))
                .body("depthLimits[0].area", equalTo("CHEEKS"))
                .body("depthLimits[0].deviceType", equalTo("PEN"))
                .body("depthLimits[0].minMm", equalTo(new BigDecimal("1.00")))
                .body("depthLimits[0].maxMm", equalTo(new BigDecimal("2.00")))
                .body("depthLimits[1].area", equalTo("TEMPLES"))
                .body("depthLimits[1].minMm", equalTo(new BigDecimal("0.50")))
                .body("numbing.policy", equalTo("REQUIRED_ABOVE_DEPTH"))
                .body("numbing.requiredAboveDepthMm", equalTo(new BigDecimal("1.00")))
                .body("numbing.agent", equalTo("Lidocaine 5% cream"))
                .body("numbing.minimumDwellMinutes", equalTo(30))
                .body("procedureMinutes", equalTo(45))
                .body("sessions.default", equalTo(4))
                .body("sessions.min", equalTo(3))
                .body("sessions.max", equalTo(6))
                .body("spacingDays.min", equalTo(28))
                .body("spacingDays.max", equalTo(42))
                .body("maintenanceIntervalMonths.min", equalTo(6))
                .body("maintenanceIntervalMonths.max", equalTo(12))
                .body("aftercare", hasSize(3))
                .body("aftercare[1]", equalTo("Avoid the sun and use SPF 30+."))
                .body("serums", equalTo(List.of("Hyaluronic acid")))
                .body("contraindicationPreset", equalTo("CLINIC_DEFAULT"))
                // The preset resolved into one rule per screening item, in questionnaire order.
                .body("contraindicationRules", hasSize(ScreeningItem.values().length))
                .body("contraindicationRules[8].item", equalTo("ISOTRETINOIN"))
                .body("contraindicationRules[8].effect", equalTo("BLOCK"))
                .body("contraindicationRules[8].windowMonths", equalTo(6))
                .body("contraindicationRules[8].windowDays", nullValue())
                .body("contraindicationRules[0].onlyAtTreatedArea", equalTo(true))
                .body("homeProgression", nullValue())
                .body("createdAt", notNullValue())
                .body("versionCreatedAt", notNullValue())
                .body("versionCreatedBy", equalTo("admin-ines"))
                .extract().response();
        // The answer to the create is what every later read says, down to the scale of the depths.
        assertThat(read.asString()).isEqualTo(created.asString());
        assertThat(Instant.parse(read.path("createdAt"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(read.<String>path("versionCreatedAt")).isEqualTo(read.<String>path("createdAt"));
    }

    @Test
    void aHomeProtocolKeepsItsProgression() {
        String id = aHomeProtocol().create();
        given().config(DECIMALS).auth().oauth2(TestTokens.forRole("integration"))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .body("setting", equalTo("HOME"))
                .body("indication", equalTo("HOME_MAINTENANCE"))
                .body("numbing.policy", equalTo("NONE"))
                .body("numbing.agent", nullValue())
                .body("numbing.minimumDwellMinutes", nullValue())
                .body("numbing.requiredAboveDepthMm", nullValue())
                .body("depthLimits[0].maxMm", equalTo(new BigDecimal("0.75")))
                .body("homeProgression", hasSize(3))
                .body("homeProgression[0].depthMm", equalTo(new BigDecimal("0.25")))
                .body("homeProgression[0].intervalDays.min", equalTo(2))
                .body("homeProgression[0].intervalDays.max", equalTo(4))
                .body("homeProgression[0].minWeeksBeforeNextStep", equalTo(4))
                .body("homeProgression[0].requiresPractitionerApproval", equalTo(false))
                .body("homeProgression[2].depthMm", equalTo(new BigDecimal("0.75")))
                .body("homeProgression[2].minWeeksBeforeNextStep", nullValue())
                .body("homeProgression[2].requiresPractitionerApproval", equalTo(true))
                .body("maintenanceIntervalMonths", nullValue());
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String id = aProtocol()
                .with("numbing.policy", "OPTIONAL").without("numbing.requiredAboveDepthMm")
                .without("maintenanceIntervalMonths")
                .without("aftercare")
                .without("serums")
                .create();

        given().auth().oauth2(TestTokens.forRole("integration"))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .body("numbing.policy", equalTo("OPTIONAL"))
                .body("numbing.requiredAboveDepthMm", nullValue())
                .body("maintenanceIntervalMonths", nullValue())
                .body("aftercare", hasSize(0))
                .body("serums", hasSize(0));
    }

    @Test
    void withoutOverridableRefusalsEveryOverridableRefusalIsAllowedAndAListIsKeptInItsFixedOrder() {
        String all = aProtocol().without("overridableRefusals").create();
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(PROTOCOLS + "/" + all)
                .then().statusCode(200)
                .body("overridableRefusals", equalTo(List.of("depth-out-of-range", "depth-step-exceeded",
                        "home-depth-needs-approval", "numbing-dwell-too-short", "numbing-required")));

        String fewer = aProtocol().with("overridableRefusals", list("numbing-required", "depth-out-of-range"))
                .create();
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(PROTOCOLS + "/" + fewer)
                .then().statusCode(200)
                .body("overridableRefusals", equalTo(List.of("depth-out-of-range", "numbing-required")));

        String none = aProtocol().with("overridableRefusals", list()).create();
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(PROTOCOLS + "/" + none)
                .then().statusCode(200)
                .body("overridableRefusals", hasSize(0));
    }

    @Test
    void listedRulesReplaceThePresetsRuleForTheirItem() {
        String id = aProtocol()
                .with("contraindicationRules", list(
                        rule("ISOTRETINOIN", "WARN", "windowMonths", 1),
                        rule("ACTIVE_ACNE_OR_INFECTION", "BLOCK", "onlyAtTreatedArea", false)))
                .create();
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .body("contraindicationPreset", equalTo("CLINIC_DEFAULT"))
                .body("contraindicationRules", hasSize(ScreeningItem.values().length))
                .body("contraindicationRules[0].item", equalTo("ACTIVE_ACNE_OR_INFECTION"))
                .body("contraindicationRules[0].onlyAtTreatedArea", equalTo(false))
                .body("contraindicationRules[8].item", equalTo("ISOTRETINOIN"))
                .body("contraindicationRules[8].effect", equalTo("WARN"))
                .body("contraindicationRules[8].windowMonths", equalTo(1))
                .body("contraindicationRules[9].item", equalTo("CHEMICAL_PEEL"))
                .body("contraindicationRules[9].windowDays", equalTo(30));
    }

    @Test
    void withoutAPresetTheProtocolHasExactlyTheListedRules() {
        String id = aProtocol().without("contraindicationPreset")
                .with("contraindicationRules", list(
                        rule("PREGNANT_OR_BREASTFEEDING", "BLOCK"),
                        rule("SUNBURN", "WARN", "windowDays", 7)))
                .create();
        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .body("contraindicationPreset", nullValue())
                .body("contraindicationRules.item", equalTo(List.of("PREGNANT_OR_BREASTFEEDING", "SUNBURN")))
                .body("contraindicationRules[1].windowDays", equalTo(7));
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "admin", "integration", "service" })
    void everyStaffRoleIntegrationsAndServicesCanReadTheCatalogue(String role) {
        String id = aProtocol().create();
        String token = TestTokens.forRole(role);
        given().auth().oauth2(token).queryParam("limit", 1)
                .when().get(PROTOCOLS)
                .then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(token)
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id));
        given().auth().oauth2(token)
                .when().get(PROTOCOLS + "/" + id + "/versions")
                .then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(token)
                .when().get(PROTOCOLS + "/" + id + "/versions/1")
                .then().statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void aTokenWithNoReadingRoleIsForbidden() {
        String id = aProtocol().create();
        String token = TestTokens.forRole("visitor");
        for (String path : List.of(PROTOCOLS, PROTOCOLS + "/" + id, PROTOCOLS + "/" + id + "/versions",
                PROTOCOLS + "/" + id + "/versions/1")) {
            given().auth().oauth2(token).when().get(path)
                    .then().statusCode(403)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(TYPES + "forbidden"));
        }
    }

    @Test
    void unknownProtocolIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(PROTOCOLS + "/7d1f4c8e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("No protocol with id 7d1f4c8e-0000-4000-8000-000000000000."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-uuid", "7d1f4c8e-0000-4000-8000-000000000000/versions/x",
            "7d1f4c8e-0000-4000-8000-000000000000/versions/1.5" })
    void aMalformedIdOrVersionInThePathIsNotFound(String path) {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(PROTOCOLS + "/" + path)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void listPagesThroughProtocolsInNameOrderWithACursor() {
        String prefix = "Paging " + UUID.randomUUID() + " ";
        for (String name : List.of("Chidi", "Ada", "Bola", "Emeka", "Dayo")) {
            aProtocol().with("name", prefix + name).create();
        }

        Response first = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", 2)
                .when().get(PROTOCOLS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract().response();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(PROTOCOLS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.id", not(hasItem(first.<String>path("items[0].id"))));

        List<Map<String, Object>> all = allPages(Map.of(), 2);
        // Every stored protocol exactly once, in the order the database itself sorts (name, id).
        assertThat(ids(all)).doesNotHaveDuplicates().isEqualTo(new ArrayList<>(Rows.protocolIds("")));
        assertThat(all.stream().map(item -> (String) item.get("name")).filter(name -> name.startsWith(prefix)))
                .containsExactly(prefix + "Ada", prefix + "Bola", prefix + "Chidi", prefix + "Dayo", prefix + "Emeka");
    }

    @Test
    void listFiltersBySettingIndicationAndAreaAcrossPages() {
        String home = aHomeProtocol().with("indication", "FINE_LINES_AND_TEXTURE").create();
        String clinicTexture = aProtocol().with("indication", "FINE_LINES_AND_TEXTURE").create();
        String clinicAcne = aProtocol().with("indication", "ACNE_SCARS").create();
        String scalp = aProtocol().with("indication", "HAIR_THINNING").with("treatmentAreas", list("SCALP"))
                .with("depthLimits", list(depthLimit("SCALP", "PEN", 0.5, 1.5))).create();

        List<Map<String, Object>> homeOnly = allPages(Map.of("setting", "HOME"), 1);
        assertThat(homeOnly).allSatisfy(item -> assertThat(item.get("setting")).isEqualTo("HOME"));
        assertThat(ids(homeOnly)).contains(home).doesNotContain(clinicTexture, clinicAcne)
                .isEqualTo(new ArrayList<>(Rows.protocolIds("WHERE v.setting = 'HOME'")));

        List<Map<String, Object>> texture = allPages(Map.of("indication", "FINE_LINES_AND_TEXTURE"), 1);
        assertThat(texture).allSatisfy(item -> assertThat(item.get("indication")).isEqualTo("FINE_LINES_AND_TEXTURE"));
        assertThat(ids(texture)).contains(home, clinicTexture).doesNotContain(clinicAcne)
                .isEqualTo(new ArrayList<>(Rows.protocolIds("WHERE v.indication = 'FINE_LINES_AND_TEXTURE'")));

        List<Map<String, Object>> both = allPages(Map.of("setting", "CLINIC", "indication", "FINE_LINES_AND_TEXTURE"),
                2);
        assertThat(ids(both)).contains(clinicTexture).doesNotContain(home, clinicAcne).isEqualTo(new ArrayList<>(
                Rows.protocolIds("WHERE v.setting = 'CLINIC' AND v.indication = 'FINE_LINES_AND_TEXTURE'")));

        List<Map<String, Object>> onTheScalp = allPages(Map.of("area", "SCALP"), 2);
        assertThat(ids(onTheScalp)).contains(scalp).doesNotContain(home, clinicTexture, clinicAcne)
                .isEqualTo(new ArrayList<>(Rows.protocolIds("WHERE EXISTS (SELECT 1 FROM treatments"
                        + ".protocol_treatment_area a WHERE a.version_id = v.id AND a.area = 'SCALP')")));
        List<Map<String, Object>> homeOnTheForehead = allPages(Map.of("area", "FOREHEAD", "setting", "HOME"), 50);
        assertThat(ids(homeOnTheForehead)).contains(home).doesNotContain(scalp, clinicTexture, clinicAcne);
    }

    @ParameterizedTest
    @ValueSource(strings = { "setting=SPA", "setting=home", "indication=CELLULITE", "indication=3", "area=ELBOW" })
    void anUnknownFilterValueIsAQueryProblemNamingTheParameter(String query) {
        Map<String, Long> before = Rows.countAll();
        String[] parameter = query.split("=");
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam(parameter[0], parameter[1])
                .when().get(PROTOCOLS)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations[0].field", equalTo(parameter[0]))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", containsString("must be one of"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void anEmptyListIsAnEmptyPageNotAnError() {
        // No test creates a HOME protocol for the under-eye indication.
        assertThat(Rows.protocolIds("WHERE v.setting = 'HOME' AND v.indication = 'UNDER_EYE'")).isEmpty();
        given().auth().oauth2(TestTokens.forRole("integration"))
                .queryParam("setting", "HOME").queryParam("indication", "UNDER_EYE")
                .when().get(PROTOCOLS)
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void aSecondProtocolWithAnExistingCodeIsAConflictNamingTheFirst() {
        ProtocolBuilder original = aProtocol();
        String id = original.create();
        Map<String, Long> before = Rows.countAll();

        post("admin", aProtocol().with("code", original.code()).body())
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("status", equalTo(409))
                .body("detail", containsString(original.code()))
                .body("detail", containsString(id));
        assertThat(Rows.countAll()).isEqualTo(before);
        assertThat(Rows.protocolsWithCode(original.code())).isEqualTo(1);
    }

    /**
     * The unique constraint is the last guard: a row inserted by a transaction that commits only after our look-up
     * makes the insert fail, and that too is the 409 naming the protocol that has the code, never a 500.
     */
    @Test
    void aCodeTakenBetweenLookUpAndInsertIsStillAConflictNamingTheWinner() throws Exception {
        ProtocolBuilder contested = aProtocol();
        UUID winner = UUID.randomUUID();
        try (Connection admin = TestDatabase.adminConnection()) {
            admin.setAutoCommit(false);
            insertProtocolBehindTheApi(admin, winner, contested.code());
            // The API's look-up cannot see the uncommitted row; its insert waits on the unique index for our commit.
            CompletableFuture<Response> loser = CompletableFuture.supplyAsync(() -> post("admin", contested.body()));
            awaitAnInsertWaitingForALock(loser);
            admin.commit();

            loser.get().then().statusCode(409)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(TYPES + "conflict"))
                    .body("detail", containsString(winner.toString()));
        }
        assertThat(Rows.protocolsWithCode(contested.code())).isEqualTo(1);
    }

    /** A complete minimal protocol (one version, one area, one limit, one rule) written straight into the tables. */
    private static void insertProtocolBehindTheApi(Connection admin, UUID protocolId, String code)
            throws SQLException {
        UUID versionId = UUID.randomUUID();
        try (PreparedStatement protocol = admin.prepareStatement("""
                INSERT INTO treatments.protocol (id, code, current_version, created_at) VALUES (?, ?, 1, now())""");
                PreparedStatement version = admin.prepareStatement("""
                        INSERT INTO treatments.protocol_version (id, protocol_id, version, name, summary, indication,
                            setting, numbing_policy, procedure_minutes, sessions_default, sessions_min, sessions_max,
                            spacing_min_days, spacing_max_days, aftercare, serums, created_at, created_by)
                        VALUES (?, ?, 1, 'Inserted behind the API', 'Wins the race.', 'ACNE_SCARS', 'CLINIC', 'NONE',
                            45, 4, 3, 6, 28, 42, '{}', '{}', now(), 'race')""");
                PreparedStatement children = admin.prepareStatement("""
                        INSERT INTO treatments.protocol_treatment_area (version_id, position, area)
                            VALUES (?, 0, 'CHEEKS');
                        INSERT INTO treatments.protocol_depth_limit (version_id, position, setting, area, device_type,
                            min_mm, max_mm) VALUES (?, 0, 'CLINIC', 'CHEEKS', 'PEN', 1.00, 2.00);
                        INSERT INTO treatments.protocol_contraindication_rule (version_id, position, item, effect)
                            VALUES (?, 0, 'PREGNANT_OR_BREASTFEEDING', 'BLOCK')""")) {
            protocol.setObject(1, protocolId);
            protocol.setString(2, code);
            protocol.executeUpdate();
            version.setObject(1, versionId);
            version.setObject(2, protocolId);
            version.executeUpdate();
            children.setObject(1, versionId);
            children.setObject(2, versionId);
            children.setObject(3, versionId);
            children.execute();
        }
    }

    private static void awaitAnInsertWaitingForALock(CompletableFuture<Response> request) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        try (Connection observer = TestDatabase.adminConnection(); Statement sql = observer.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                assertThat(request).as("the request must wait for the lock, not finish").isNotDone();
                try (ResultSet waiting = sql.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE usename = 'treatments' AND wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("The create never reached the insert that waits for the competing row");
    }

    static Stream<Arguments> inconsistentProtocols() {
        return Stream.of(
                Arguments.of("treatmentAreas[2]", aProtocol().with("treatmentAreas", list("CHEEKS", "TEMPLES",
                        "CHEEKS"))),
                Arguments.of("treatmentAreas[2]", aProtocol().with("treatmentAreas", list("CHEEKS", "TEMPLES",
                        "CHIN"))),
                Arguments.of("depthLimits[1].maxMm", aProtocol().with("depthLimits[1].minMm", 1.5)
                        .with("depthLimits[1].maxMm", 1.0)),
                Arguments.of("depthLimits[2]", aProtocol().with("depthLimits", list(
                        depthLimit("CHEEKS", "PEN", 1.0, 2.0), depthLimit("TEMPLES", "PEN", 0.5, 1.0),
                        depthLimit("CHEEKS", "PEN", 0.5, 1.0)))),
                Arguments.of("depthLimits[1].area", aProtocol().with("depthLimits", list(
                        depthLimit("CHEEKS", "PEN", 1.0, 2.0), depthLimit("CHIN", "PEN", 0.5, 1.0),
                        depthLimit("TEMPLES", "PEN", 0.5, 1.0)))),
                Arguments.of("depthLimits[0].maxMm", aHomeProtocol().with("depthLimits[0].maxMm", 1.0)
                        .with("homeProgression", list(homeStep(0.25, 2, 4, null, false)))),
                Arguments.of("numbing.requiredAboveDepthMm", aProtocol().without("numbing.requiredAboveDepthMm")),
                Arguments.of("numbing.requiredAboveDepthMm", aProtocol().with("numbing.policy", "OPTIONAL")),
                Arguments.of("numbing.requiredAboveDepthMm", aProtocol().with("numbing.requiredAboveDepthMm", 2.0)),
                Arguments.of("numbing.agent", aProtocol().without("numbing.agent")),
                Arguments.of("numbing.minimumDwellMinutes", aProtocol().without("numbing.minimumDwellMinutes")),
                Arguments.of("numbing.minimumDwellMinutes", aHomeProtocol().with("numbing.minimumDwellMinutes", 20)),
                Arguments.of("sessions.max", aProtocol().with("sessions.min", 6).with("sessions.max", 3)
                        .with("sessions.default", 4)),
                Arguments.of("sessions.default", aProtocol().with("sessions.default", 7)),
                Arguments.of("sessions.default", aProtocol().without("sessions.default")),
                Arguments.of("spacingDays.max", aProtocol().with("spacingDays.min", 42).with("spacingDays.max", 28)),
                Arguments.of("maintenanceIntervalMonths.max", aProtocol().with("maintenanceIntervalMonths.min", 12)
                        .with("maintenanceIntervalMonths.max", 6)),
                Arguments.of("contraindicationRules", aProtocol().without("contraindicationPreset")),
                Arguments.of("contraindicationRules[1].item", aProtocol().with("contraindicationRules", list(
                        rule("METAL_ALLERGY", "WARN"), rule("METAL_ALLERGY", "BLOCK")))),
                Arguments.of("contraindicationRules[0].windowDays", aProtocol().with("contraindicationRules", list(
                        rule("CHEMICAL_PEEL", "BLOCK")))),
                Arguments.of("contraindicationRules[0].windowMonths", aProtocol().with("contraindicationRules", list(
                        rule("PREGNANT_OR_BREASTFEEDING", "BLOCK", "windowMonths", 9)))),
                Arguments.of("contraindicationRules[0].onlyAtTreatedArea", aProtocol().with("contraindicationRules",
                        list(rule("ACTIVE_ACNE_OR_INFECTION", "BLOCK")))),
                Arguments.of("contraindicationRules[0].onlyAtTreatedArea", aProtocol().with("contraindicationRules",
                        list(rule("SUNBURN", "BLOCK", "windowDays", 14, "onlyAtTreatedArea", true)))),
                Arguments.of("homeProgression", aHomeProtocol().without("homeProgression")),
                Arguments.of("homeProgression", aProtocol().with("homeProgression", list(
                        homeStep(0.25, 2, 4, null, false)))),
                Arguments.of("homeProgression[1].depthMm", aHomeProtocol().with("homeProgression[1].depthMm", 0.25)),
                Arguments.of("homeProgression[2].requiresPractitionerApproval", aHomeProtocol()
                        .with("homeProgression[2].requiresPractitionerApproval", false)),
                Arguments.of("homeProgression[1].intervalDays.max", aHomeProtocol()
                        .with("homeProgression[1].intervalDays", object("min", 7, "max", 3))),
                Arguments.of("homeProgression[2].minWeeksBeforeNextStep", aHomeProtocol()
                        .with("homeProgression[2].minWeeksBeforeNextStep", 4)),
                Arguments.of("overridableRefusals[1]", aProtocol().with("overridableRefusals",
                        list("depth-step-exceeded", "home-depth-never"))),
                Arguments.of("overridableRefusals[0]", aProtocol().with("overridableRefusals",
                        list("consent-missing"))),
                Arguments.of("overridableRefusals[0]", aProtocol().with("overridableRefusals",
                        list("contraindication.pregnant-or-breastfeeding"))),
                Arguments.of("overridableRefusals[0]", aProtocol().with("overridableRefusals",
                        list("depth-too-deep"))),
                Arguments.of("overridableRefusals[2]", aProtocol().with("overridableRefusals",
                        list("numbing-required", "depth-out-of-range", "numbing-required"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistentProtocols")
    void fieldsThatContradictEachOtherAreAProblemNamingTheFieldAndStoreNothing(String field,
            ProtocolBuilder protocol) {
        Map<String, Long> before = Rows.countAll();
        post("admin", protocol.body())
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].in", equalTo("body"))
                .body("detail", containsString(field));
        assertThat(Rows.countAll()).isEqualTo(before);
        assertThat(Rows.protocolsWithCode(protocol.code())).isZero();
    }

    @Test
    void severalContradictionsAreListedTogether() {
        Map<String, Long> before = Rows.countAll();
        post("admin", aHomeProtocol()
                .with("depthLimits[1].maxMm", 0.8)
                .with("spacingDays.min", 60).with("spacingDays.max", 30)
                .body())
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", equalTo(List.of("depthLimits[1].maxMm", "spacingDays.max")))
                .body("detail", containsString("depthLimits[1].maxMm"))
                .body("detail", containsString("spacingDays.max"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("depthLimits[0].minMm", aProtocol().with("depthLimits[0].minMm", 1.125),
                        "two decimal places"),
                Arguments.of("depthLimits[0].minMm", aProtocol().with("depthLimits[0].minMm", -1.0), "0.20"),
                Arguments.of("depthLimits[0].maxMm", aProtocol().with("depthLimits[0].maxMm", 3.01), "3.00"),
                Arguments.of("depthLimits[0].maxMm", aProtocol().with("depthLimits[0].maxMm", "2.0"),
                        "must be a number"),
                Arguments.of("depthLimits[0].area", aProtocol().with("depthLimits[0].area", "ELBOW"),
                        "must be one of FOREHEAD"),
                Arguments.of("depthLimits[0].deviceType", aProtocol().with("depthLimits[0].deviceType", "LASER"),
                        "must be one of ROLLER, STAMP, PEN"),
                Arguments.of("depthLimits[1].deviceType", aProtocol().without("depthLimits[1].deviceType"),
                        "must not be null"),
                Arguments.of("treatmentAreas[1]", aProtocol().with("treatmentAreas[1]", "ELBOW"),
                        "must be one of FOREHEAD"),
                Arguments.of("treatmentAreas", aProtocol().with("treatmentAreas", list()), "size"),
                Arguments.of("depthLimits", aProtocol().with("depthLimits", list()), "size"),
                Arguments.of("numbing.policy", aProtocol().with("numbing.policy", "REQUIRED"),
                        "must be one of NONE, OPTIONAL, REQUIRED_ABOVE_DEPTH"),
                Arguments.of("numbing.minimumDwellMinutes", aProtocol().with("numbing.minimumDwellMinutes", 61),
                        "60"),
                Arguments.of("numbing.minimumDwellMinutes", aProtocol().with("numbing.minimumDwellMinutes", 5),
                        "10"),
                Arguments.of("numbing.agent", aProtocol().with("numbing.agent", "  "), "must not be blank"),
                Arguments.of("numbing.agent", aProtocol().with("numbing.agent", "x".repeat(121)), "size"),
                Arguments.of("serums", aProtocol().with("serums", Collections.nCopies(11, "Hyaluronic acid")),
                        "size"),
                Arguments.of("contraindicationPreset", aProtocol().with("contraindicationPreset", "STRICT"),
                        "must be one of CLINIC_DEFAULT"),
                Arguments.of("contraindicationRules[0].item", aProtocol().with("contraindicationRules",
                        list(rule("TATTOO", "BLOCK"))), "must be one of ACTIVE_ACNE_OR_INFECTION"),
                Arguments.of("contraindicationRules[0].effect", aProtocol().with("contraindicationRules",
                        list(rule("METAL_ALLERGY", "IGNORE"))), "must be one of BLOCK, WARN"),
                Arguments.of("contraindicationRules[0].windowDays", aProtocol().with("contraindicationRules",
                        list(rule("SUNBURN", "BLOCK", "windowDays", 0))), "1"),
                Arguments.of("contraindicationRules[0].windowMonths", aProtocol().with("contraindicationRules",
                        list(rule("ISOTRETINOIN", "BLOCK", "windowMonths", 25))), "24"),
                Arguments.of("contraindicationRules[0].onlyAtTreatedArea", aProtocol().with("contraindicationRules",
                        list(rule("ACTIVE_ACNE_OR_INFECTION", "BLOCK", "onlyAtTreatedArea", "yes"))),
                        "must be true or false"),
                Arguments.of("homeProgression[2].depthMm", aHomeProtocol().with("homeProgression[2].depthMm", 1.0),
                        "never reaches 1.00 mm"),
                Arguments.of("homeProgression[0].requiresPractitionerApproval", aHomeProtocol()
                        .without("homeProgression[0].requiresPractitionerApproval"), "must not be null"),
                Arguments.of("homeProgression[0].intervalDays.min", aHomeProtocol()
                        .with("homeProgression[0].intervalDays.min", 0), "1"),
                Arguments.of("overridableRefusals", aProtocol().with("overridableRefusals",
                        list("depth-out-of-range", "depth-step-exceeded", "home-depth-needs-approval",
                                "numbing-required", "numbing-dwell-too-short", "depth-out-of-range")), "size"),
                Arguments.of("overridableRefusals[0]", aProtocol().with("overridableRefusals", list((Object) null)),
                        "must not be null"),
                Arguments.of("overridableRefusals[0]", aProtocol().with("overridableRefusals",
                        list("x".repeat(65))), "size"),
                Arguments.of("overridableRefusals", aProtocol().with("overridableRefusals", "depth-out-of-range"),
                        "overridableRefusals"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidValues")
    void anInvalidValueIsAProblemNamingItsFieldAndStoresNothing(String field, ProtocolBuilder protocol,
            String messagePart) {
        Map<String, Long> before = Rows.countAll();
        post("admin", protocol.body())
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", hasItem(field))
                .body("violations.in", everyItem(equalTo("body")))
                .body("detail", containsString(messagePart));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "integration", "service" })
    void onlyAnAdministratorMayCreateAProtocol(String role) {
        Map<String, Long> before = Rows.countAll();
        post(role, aProtocol().body())
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "forbidden"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    // --- The database repeats the rules: a path around the API cannot store what the API refuses

    static Stream<Arguments> rowsTheDatabaseRefuses() {
        return Stream.of(
                Arguments.of("a HOME depth limit deeper than 0.75 mm", "protocol_depth_limit_home_shallow",
                        "protocol_depth_limit", "max_mm = 0.80", "position = 0"),
                Arguments.of("a depth limit for an area the version does not treat",
                        "protocol_depth_limit_area_is_treated",
                        "protocol_depth_limit", "area = 'KNEES'", "position = 0"),
                Arguments.of("a window on an item without a date", "protocol_contraindication_window_fits_item",
                        "protocol_contraindication_rule", "window_days = 30", "item = 'METAL_ALLERGY'"),
                Arguments.of("a home step deeper than 0.50 mm without approval",
                        "protocol_home_step_deep_needs_approval",
                        "protocol_home_step", "requires_practitioner_approval = false", "position = 2"),
                Arguments.of("required numbing without its depth", "protocol_version_numbing_threshold_consistent",
                        "protocol_version", "numbing_required_above_depth_mm = NULL", "true"),
                Arguments.of("a never-overridable refusal listed as overridable",
                        "protocol_version_overridable_refusals_known", "protocol_version",
                        "overridable_refusals = ARRAY['depth-step-exceeded', 'home-depth-never']", "true"));
    }

    /**
     * Each change is made to a valid HOME version with the table's own triggers (the immutability guard) switched off
     * inside a transaction that is rolled back, so that only the CHECK or foreign key under test can refuse it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsTheDatabaseRefuses")
    void theDatabaseRefusesWhatTheRulesRefuse(String what, String constraint, String table, String change,
            String row) throws Exception {
        String id = aHomeProtocol().with("numbing", object("policy", "REQUIRED_ABOVE_DEPTH",
                "requiredAboveDepthMm", 0.5, "agent", "Lidocaine 5% cream", "minimumDwellMinutes", 20)).create();
        String versionId = versionIdOf(id, 1);
        String versionColumn = table.equals("protocol_version") ? "id" : "version_id";
        try (Connection admin = TestDatabase.adminConnection(); Statement sql = admin.createStatement()) {
            admin.setAutoCommit(false);
            sql.execute("ALTER TABLE treatments." + table + " DISABLE TRIGGER USER");
            assertThatThrownBy(() -> {
                int changed = sql.executeUpdate("UPDATE treatments." + table + " SET " + change + " WHERE "
                        + versionColumn + " = '" + versionId + "' AND " + row);
                assertThat(changed).as("the row to change exists").isEqualTo(1);
                // Deferred keys are checked at the end of the transaction; check them now.
                sql.execute("SET CONSTRAINTS ALL IMMEDIATE");
            }).isInstanceOf(SQLException.class).hasMessageContaining(constraint);
            admin.rollback();
        }
    }

    @Test
    void aStoredVersionCannotBeChangedOrDeletedEvenBehindTheApi() throws Exception {
        String id = aProtocol().create();
        String versionId = versionIdOf(id, 1);
        try (Connection admin = TestDatabase.adminConnection(); Statement sql = admin.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE treatments.protocol_version SET name = 'Changed' "
                    + "WHERE id = '" + versionId + "'")).isInstanceOf(SQLException.class).hasMessageContaining(
                    "immutable");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM treatments.protocol_depth_limit "
                    + "WHERE version_id = '" + versionId + "'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("immutable");
        }
        given().auth().oauth2(TestTokens.forRole("admin")).when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200).body("depthLimits", hasSize(2)).body("name", not(equalTo("Changed")));
    }

    private static String versionIdOf(String protocolId, int version) throws SQLException {
        try (Connection admin = TestDatabase.adminConnection();
                PreparedStatement query = admin.prepareStatement(
                        "SELECT id FROM treatments.protocol_version WHERE protocol_id = ? AND version = ?")) {
            query.setObject(1, UUID.fromString(protocolId));
            query.setInt(2, version);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
