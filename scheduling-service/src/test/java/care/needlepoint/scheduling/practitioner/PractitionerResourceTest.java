package care.needlepoint.scheduling.practitioner;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.platform.paging.Cursor;
import care.needlepoint.scheduling.support.Pages;
import care.needlepoint.scheduling.support.PractitionerBuilder;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.UncommittedRow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PractitionerResourceTest {

    private static final String PRACTITIONERS = "/api/v1/practitioners";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static ValidatableResponse postAsAdmin(Object body) {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(body)
                .when().post(PRACTITIONERS)
                .then();
    }

    @Test
    void createdPractitionerCanBeReadBackWithItsETag() {
        PractitionerBuilder ines = aPractitioner();
        Response created = given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(ines.body())
                .when().post(PRACTITIONERS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("displayName", equalTo(ines.displayName()))
                .body("subject", equalTo(ines.subject()))
                .body("email", equalTo("ines.duarte@example.com"))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PRACTITIONERS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String createdAt = created.path("createdAt");
        assertThat(createdAt).endsWith("Z");
        assertThat(created.<String>path("updatedAt")).isEqualTo(createdAt);

        for (String role : List.of("front-desk", "practitioner", "admin", "integration")) {
            given().auth().oauth2(TestTokens.forRole(role))
                    .when().get(PRACTITIONERS + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("id", equalTo(id))
                    .body("displayName", equalTo(ines.displayName()))
                    .body("subject", equalTo(ines.subject()))
                    .body("email", equalTo("ines.duarte@example.com"))
                    .body("active", equalTo(true))
                    .body("createdAt", equalTo(createdAt))
                    .body("updatedAt", equalTo(createdAt))
                    .body("version", equalTo(0));
        }
    }

    @Test
    void anInactivePractitionerWithoutEmailCanBeCreated() {
        String id = aPractitioner().without("email").with("active", false).create();

        given().auth().oauth2(TestTokens.forRole("integration"))
                .when().get(PRACTITIONERS + "/" + id)
                .then().statusCode(200)
                .body("email", nullValue())
                .body("active", equalTo(false));
    }

    @Test
    void unknownPractitionerIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(PRACTITIONERS + "/7d1f4c8e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("No practitioner with id 7d1f4c8e-0000-4000-8000-000000000000."));
    }

    @Test
    void listPagesThroughPractitionersInNameOrderWithACursor() {
        String prefix = "P-" + UUID.randomUUID() + " ";
        Map<String, String> nameOf = new HashMap<>();
        for (String name : List.of("Chidi", "Ada", "Bola", "Emeka", "Dayo", "Bola")) {
            nameOf.put(aPractitioner().with("displayName", prefix + name).create(), name);
        }

        Response first = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", 2)
                .when().get(PRACTITIONERS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract().response();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(PRACTITIONERS)
                .then().statusCode(200)
                .body("items", hasSize(2));

        List<Map<String, Object>> all = Pages.all(PRACTITIONERS, 2, Map.of());
        List<String> ids = Pages.ids(all);
        assertThat(new HashSet<>(ids)).as("no practitioner on two pages").hasSameSizeAs(ids);
        List<String> ours = ids.stream().filter(nameOf::containsKey).toList();
        assertThat(ours.stream().map(nameOf::get).toList())
                .containsExactly("Ada", "Bola", "Bola", "Chidi", "Dayo", "Emeka");
        // Equal names are ordered by id, as PostgreSQL orders uuids: by their bytes, i.e. their hex text.
        List<String> bolas = ours.stream().filter(id -> nameOf.get(id).equals("Bola")).toList();
        assertThat(bolas).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void theActiveFilterListsOnlyActiveOrOnlyInactivePractitioners() {
        String active = aPractitioner().with("active", true).create();
        String inactive = aPractitioner().with("active", false).create();

        List<Map<String, Object>> activeOnes = Pages.all(PRACTITIONERS, 2, Map.of("active", "true"));
        assertThat(activeOnes).extracting(item -> item.get("active")).containsOnly(true);
        assertThat(Pages.ids(activeOnes)).contains(active).doesNotContain(inactive);

        List<Map<String, Object>> inactiveOnes = Pages.all(PRACTITIONERS, 2, Map.of("active", "false"));
        assertThat(inactiveOnes).extracting(item -> item.get("active")).containsOnly(false);
        assertThat(Pages.ids(inactiveOnes)).contains(inactive).doesNotContain(active);

        List<String> everyone = Pages.ids(Pages.all(PRACTITIONERS, 200, Map.of()));
        assertThat(everyone).contains(active, inactive).hasSize(activeOnes.size() + inactiveOnes.size());
    }

    @Test
    void anEmptyListIsAnEmptyPageNotAnError() {
        aPractitioner().with("active", false).create();
        List<Map<String, Object>> inactive = Pages.all(PRACTITIONERS, 200, Map.of("active", "false"));
        Map<String, Object> last = inactive.get(inactive.size() - 1);
        // The position right after the last inactive practitioner, as the service itself would encode it.
        String afterLast = Cursor.encode(List.of((String) last.get("displayName"), (String) last.get("id")));

        given().auth().oauth2(TestTokens.forRole("integration"))
                .queryParam("active", "false").queryParam("cursor", afterLast)
                .when().get(PRACTITIONERS)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void aDuplicateSubjectIsAConflictNamingTheExistingPractitioner() {
        PractitionerBuilder ines = aPractitioner();
        String existing = ines.create();
        Map<String, Long> before = Rows.countAll();

        postAsAdmin(aPractitioner().with("subject", ines.subject()).body())
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("title", equalTo("The request conflicts with the current state"))
                .body("detail", containsString(existing));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aDuplicateSubjectThatSlipsPastTheCheckIsTheSame409() throws Exception {
        String subject = "raced-" + UUID.randomUUID();
        UUID winner = UUID.randomUUID();
        Map<String, Long> before = Rows.countAll();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (UncommittedRow row = UncommittedRow.insert("""
                INSERT INTO scheduling.practitioner
                       (id, display_name, subject, email, active, created_at, updated_at, version)
                VALUES (?, 'The winner', ?, NULL, true, now(), now(), 0)""", winner, subject)) {
            Future<Response> loser = pool.submit(() -> given().auth().oauth2(TestTokens.forRole("admin"))
                    .contentType(ContentType.JSON).body(aPractitioner().with("subject", subject).body())
                    .when().post(PRACTITIONERS));
            row.awaitServiceBlocked(Duration.ofSeconds(20));
            row.commit();

            loser.get(30, TimeUnit.SECONDS).then()
                    .statusCode(409)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(TYPES + "conflict"))
                    .body("detail", containsString(winner.toString()));
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> expected = new HashMap<>(before);
        expected.merge("practitioner", 1L, Long::sum); // the winner's row, and nothing else
        assertThat(Rows.countAll()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "integration" })
    void onlyAdminsMayCreatePractitioners(String role) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole(role))
                .contentType(ContentType.JSON).body(aPractitioner().body())
                .when().post(PRACTITIONERS)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "forbidden"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void activeIsRequiredNotDefaulted() {
        Map<String, Long> before = Rows.countAll();
        postAsAdmin(aPractitioner().without("active").body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", equalTo(List.of("active")))
                .body("violations[0].in", equalTo("body"))
                .body("detail", containsString("active"));
        postAsAdmin(aPractitioner().with("active", null).body())
                .statusCode(400)
                .body("violations.field", equalTo(List.of("active")));
        postAsAdmin(aPractitioner().with("active", "yes").body())
                .statusCode(400)
                .body("violations[0].field", equalTo("active"))
                .body("violations[0].message", equalTo("must be true or false"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theSubjectMustBeVisibleAsciiWithoutSpaces() {
        Map<String, Long> before = Rows.countAll();
        for (String subject : List.of("has space", "", "ünïcode", "x".repeat(256))) {
            postAsAdmin(aPractitioner().with("subject", subject).body())
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("violations.field", hasItem("subject"));
        }
        postAsAdmin(aPractitioner().without("subject").without("displayName").body())
                .statusCode(400)
                .body("violations.field", equalTo(List.of("displayName", "subject")));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void listsAreReadableByEveryRole() {
        List<Integer> statuses = new ArrayList<>();
        for (String role : List.of("front-desk", "practitioner", "admin", "integration")) {
            statuses.add(given().auth().oauth2(TestTokens.forRole(role))
                    .when().get(PRACTITIONERS).then().extract().statusCode());
        }
        assertThat(statuses).containsOnly(200);
    }
}
