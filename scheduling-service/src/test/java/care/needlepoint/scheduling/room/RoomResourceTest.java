package care.needlepoint.scheduling.room;

import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import care.needlepoint.scheduling.support.RoomBuilder;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.UncommittedRow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RoomResourceTest {

    private static final String ROOMS = "/api/v1/rooms";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://needlepoint.care/problems/";

    private static ValidatableResponse postAsAdmin(Object body) {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(body)
                .when().post(ROOMS)
                .then();
    }

    @Test
    void createdRoomCanBeReadBackWithItsETag() {
        RoomBuilder room = aRoom();
        Response created = given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(room.body())
                .when().post(ROOMS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("name", equalTo(room.name()))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(ROOMS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String createdAt = created.path("createdAt");
        assertThat(createdAt).endsWith("Z");
        assertThat(created.<String>path("updatedAt")).isEqualTo(createdAt);

        for (String role : List.of("front-desk", "practitioner", "admin", "integration")) {
            given().auth().oauth2(TestTokens.forRole(role))
                    .when().get(ROOMS + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("id", equalTo(id))
                    .body("name", equalTo(room.name()))
                    .body("description", equalTo("Ground floor, step-free; treatment couch, LED lamp and sink."))
                    .body("active", equalTo(true))
                    .body("createdAt", equalTo(createdAt))
                    .body("updatedAt", equalTo(createdAt))
                    .body("version", equalTo(0));
        }
    }

    @Test
    void anInactiveRoomWithoutDescriptionCanBeCreated() {
        String id = aRoom().without("description").with("active", false).create();

        given().auth().oauth2(TestTokens.forRole("integration"))
                .when().get(ROOMS + "/" + id)
                .then().statusCode(200)
                .body("description", nullValue())
                .body("active", equalTo(false));
    }

    @Test
    void unknownRoomIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(ROOMS + "/7d1f4c8e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("No room with id 7d1f4c8e-0000-4000-8000-000000000000."));
    }

    @Test
    void listPagesThroughRoomsInNameOrderWithACursor() {
        String prefix = "R-" + UUID.randomUUID() + " ";
        Map<String, String> nameOf = new HashMap<>();
        for (String name : List.of("Cedar", "Ash", "Birch", "Elm", "Damson")) {
            nameOf.put(aRoom().with("name", prefix + name).create(), name);
        }

        Response first = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", 2)
                .when().get(ROOMS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract().response();
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(ROOMS)
                .then().statusCode(200)
                .body("items", hasSize(2));

        List<String> ids = Pages.ids(Pages.all(ROOMS, 2, Map.of()));
        assertThat(new HashSet<>(ids)).as("no room on two pages").hasSameSizeAs(ids);
        assertThat(ids.stream().filter(nameOf::containsKey).map(nameOf::get).toList())
                .containsExactly("Ash", "Birch", "Cedar", "Damson", "Elm");
    }

    @Test
    void theActiveFilterListsOnlyActiveOrOnlyInactiveRooms() {
        String active = aRoom().with("active", true).create();
        String inactive = aRoom().with("active", false).create();

        List<Map<String, Object>> activeOnes = Pages.all(ROOMS, 2, Map.of("active", "true"));
        assertThat(activeOnes).extracting(item -> item.get("active")).containsOnly(true);
        assertThat(Pages.ids(activeOnes)).contains(active).doesNotContain(inactive);

        List<Map<String, Object>> inactiveOnes = Pages.all(ROOMS, 2, Map.of("active", "false"));
        assertThat(inactiveOnes).extracting(item -> item.get("active")).containsOnly(false);
        assertThat(Pages.ids(inactiveOnes)).contains(inactive).doesNotContain(active);

        List<String> all = Pages.ids(Pages.all(ROOMS, 200, Map.of()));
        assertThat(all).contains(active, inactive).hasSize(activeOnes.size() + inactiveOnes.size());
    }

    @Test
    void anEmptyListIsAnEmptyPageNotAnError() {
        aRoom().with("active", false).create();
        List<Map<String, Object>> inactive = Pages.all(ROOMS, 200, Map.of("active", "false"));
        Map<String, Object> last = inactive.get(inactive.size() - 1);
        // The position right after the last inactive room, as the service itself would encode it.
        String afterLast = Cursor.encode(List.of((String) last.get("name"), (String) last.get("id")));

        given().auth().oauth2(TestTokens.forRole("integration"))
                .queryParam("active", "false").queryParam("cursor", afterLast)
                .when().get(ROOMS)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void aDuplicateNameIsAConflictNamingTheExistingRoom() {
        RoomBuilder room = aRoom();
        String existing = room.create();
        Map<String, Long> before = Rows.countAll();

        postAsAdmin(aRoom().with("name", room.name()).body())
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "conflict"))
                .body("title", equalTo("The request conflicts with the current state"))
                .body("detail", containsString(existing));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void namesAreComparedIgnoringCaseAndSurroundingSpace() {
        RoomBuilder room = aRoom();
        String existing = room.create();
        Map<String, Long> before = Rows.countAll();

        for (String sameName : List.of(room.name().toUpperCase(Locale.ROOT), room.name().toLowerCase(Locale.ROOT),
                "  " + room.name() + " ")) {
            postAsAdmin(aRoom().with("name", sameName).body())
                    .statusCode(409)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(TYPES + "conflict"))
                    .body("detail", containsString(existing));
        }
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aDuplicateNameThatSlipsPastTheCheckIsTheSame409() throws Exception {
        String name = "Raced " + UUID.randomUUID();
        UUID winner = UUID.randomUUID();
        Map<String, Long> before = Rows.countAll();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (UncommittedRow row = UncommittedRow.insert("""
                INSERT INTO scheduling.room (id, name, description, active, created_at, updated_at, version)
                VALUES (?, ?, NULL, true, now(), now(), 0)""", winner, name.toUpperCase(Locale.ROOT))) {
            Future<Response> loser = pool.submit(() -> given().auth().oauth2(TestTokens.forRole("admin"))
                    .contentType(ContentType.JSON).body(aRoom().with("name", name).body())
                    .when().post(ROOMS));
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
        expected.merge("room", 1L, Long::sum); // the winner's row, and nothing else
        assertThat(Rows.countAll()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "practitioner", "integration" })
    void onlyAdminsMayCreateRooms(String role) {
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole(role))
                .contentType(ContentType.JSON).body(aRoom().body())
                .when().post(ROOMS)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "forbidden"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void activeIsRequiredNotDefaulted() {
        Map<String, Long> before = Rows.countAll();
        postAsAdmin(aRoom().without("active").body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("violations.field", equalTo(List.of("active")))
                .body("violations[0].in", equalTo("body"))
                .body("detail", containsString("active"));
        postAsAdmin(aRoom().with("active", null).body())
                .statusCode(400)
                .body("violations.field", equalTo(List.of("active")));
        postAsAdmin(aRoom().with("active", 1).body())
                .statusCode(400)
                .body("violations[0].field", equalTo("active"))
                .body("violations[0].message", equalTo("must be true or false"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void nameAndDescriptionHaveTheirBounds() {
        Map<String, Long> before = Rows.countAll();
        postAsAdmin(aRoom().with("name", "x".repeat(81)).with("description", "y".repeat(501)).body())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("description", "name")));
        postAsAdmin(aRoom().with("name", "   ").body())
                .statusCode(400)
                .body("violations.field", equalTo(List.of("name")));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
