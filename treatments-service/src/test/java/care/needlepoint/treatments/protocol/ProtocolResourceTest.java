package care.needlepoint.treatments.protocol;

import static care.needlepoint.treatments.support.ProtocolBuilder.aHomeProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import care.needlepoint.treatments.support.ProtocolBuilder;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

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
        Response created = post("admin", acne.body())
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PROTOCOLS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Response read = given().config(DECIMALS).auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("code", equalTo(acne.code()))
                .body("name", equalTo(acne.name()))
                .body("summary", containsString("atrophic acne scars"))
                .body("indication", equalTo("ACNE_SCARS"))
                .body("setting", equalTo("CLINIC"))
                .body("needleDepthMm.min", equalTo(new BigDecimal("1.00")))
                .body("needleDepthMm.max", equalTo(new BigDecimal("2.00")))
                .body("numbing.policy", equalTo("REQUIRED"))
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
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version", equalTo(0))
                .extract().response();
        // The answer to the create is what every later read says, down to the scale of the depths.
        assertThat(read.asString()).isEqualTo(created.asString());
        assertThat(Instant.parse(read.path("createdAt"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(read.<String>path("updatedAt")).isEqualTo(read.<String>path("createdAt"));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String id = aProtocol()
                .with("numbing.policy", "OPTIONAL").without("numbing.minimumDwellMinutes")
                .without("maintenanceIntervalMonths")
                .without("aftercare")
                .create();

        given().auth().oauth2(TestTokens.forRole("integration"))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .body("numbing.policy", equalTo("OPTIONAL"))
                .body("numbing.minimumDwellMinutes", nullValue())
                .body("maintenanceIntervalMonths", nullValue())
                .body("aftercare", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "admin", "integration" })
    void everyStaffRoleAndIntegrationsCanReadTheCatalogue(String role) {
        String id = aProtocol().create();
        given().auth().oauth2(TestTokens.forRole(role)).queryParam("limit", 1)
                .when().get(PROTOCOLS)
                .then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(TestTokens.forRole(role))
                .when().get(PROTOCOLS + "/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id));
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
    void listFiltersBySettingAndIndicationAcrossPages() {
        String home = aHomeProtocol().with("indication", "FINE_LINES_AND_TEXTURE").create();
        String clinicTexture = aProtocol().with("indication", "FINE_LINES_AND_TEXTURE").create();
        String clinicAcne = aProtocol().with("indication", "ACNE_SCARS").create();

        List<Map<String, Object>> homeOnly = allPages(Map.of("setting", "HOME"), 1);
        assertThat(homeOnly).allSatisfy(item -> assertThat(item.get("setting")).isEqualTo("HOME"));
        assertThat(ids(homeOnly)).contains(home).doesNotContain(clinicTexture, clinicAcne)
                .isEqualTo(new ArrayList<>(Rows.protocolIds("WHERE setting = 'HOME'")));

        List<Map<String, Object>> texture = allPages(Map.of("indication", "FINE_LINES_AND_TEXTURE"), 1);
        assertThat(texture).allSatisfy(item -> assertThat(item.get("indication")).isEqualTo("FINE_LINES_AND_TEXTURE"));
        assertThat(ids(texture)).contains(home, clinicTexture).doesNotContain(clinicAcne)
                .isEqualTo(new ArrayList<>(Rows.protocolIds("WHERE indication = 'FINE_LINES_AND_TEXTURE'")));

        List<Map<String, Object>> both = allPages(Map.of("setting", "CLINIC", "indication", "FINE_LINES_AND_TEXTURE"),
                2);
        assertThat(ids(both)).contains(clinicTexture).doesNotContain(home, clinicAcne).isEqualTo(new ArrayList<>(
                Rows.protocolIds("WHERE setting = 'CLINIC' AND indication = 'FINE_LINES_AND_TEXTURE'")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "setting=SPA", "setting=home", "indication=CELLULITE", "indication=3" })
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
        // No test creates a HOME protocol for the under-eye area.
        assertThat(Rows.protocolIds("WHERE setting = 'HOME' AND indication = 'UNDER_EYE'")).isEmpty();
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
            try (PreparedStatement insert = admin.prepareStatement("""
                    INSERT INTO treatments.protocol (id, code, name, summary, indication, setting,
                        needle_depth_min_mm, needle_depth_max_mm, numbing_policy, numbing_min_dwell_minutes,
                        procedure_minutes, sessions_default, sessions_min, sessions_max, spacing_min_days,
                        spacing_max_days, maintenance_min_months, maintenance_max_months, aftercare,
                        created_at, updated_at, version)
                    VALUES (?, ?, 'Inserted behind the API', 'Wins the race.', 'ACNE_SCARS', 'CLINIC', 1.00, 2.00,
                        'REQUIRED', 30, 45, 4, 3, 6, 28, 42, NULL, NULL, '{}', now(), now(), 0)""")) {
                insert.setObject(1, winner);
                insert.setString(2, contested.code());
                insert.executeUpdate();
            }
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
                Arguments.of("needleDepthMm.max", aProtocol().with("needleDepthMm.min", 1.5)
                        .with("needleDepthMm.max", 1.0)),
                Arguments.of("needleDepthMm.max", aHomeProtocol().with("needleDepthMm.max", 0.75)),
                Arguments.of("numbing.minimumDwellMinutes", aProtocol().with("numbing.policy", "REQUIRED")
                        .without("numbing.minimumDwellMinutes")),
                Arguments.of("numbing.minimumDwellMinutes", aProtocol().with("numbing.policy", "NONE")
                        .with("numbing.minimumDwellMinutes", 20)),
                Arguments.of("sessions.max", aProtocol().with("sessions.min", 6).with("sessions.max", 3)
                        .with("sessions.default", 4)),
                Arguments.of("sessions.default", aProtocol().with("sessions.default", 7)),
                Arguments.of("sessions.default", aProtocol().without("sessions.default")),
                Arguments.of("spacingDays.max", aProtocol().with("spacingDays.min", 42).with("spacingDays.max", 28)),
                Arguments.of("maintenanceIntervalMonths.max", aProtocol().with("maintenanceIntervalMonths.min", 12)
                        .with("maintenanceIntervalMonths.max", 6)));
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
                .with("needleDepthMm.max", 1.0)
                .with("spacingDays.min", 60).with("spacingDays.max", 30)
                .body())
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", equalTo(List.of("needleDepthMm.max", "spacingDays.max")))
                .body("detail", containsString("needleDepthMm.max"))
                .body("detail", containsString("spacingDays.max"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "integration" })
    void onlyAnAdministratorMayCreateAProtocol(String role) {
        Map<String, Long> before = Rows.countAll();
        post(role, aProtocol().body())
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "forbidden"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
