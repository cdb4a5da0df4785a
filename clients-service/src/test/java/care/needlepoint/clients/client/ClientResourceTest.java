package care.needlepoint.clients.client;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ClientResourceTest {

    private static final String CLIENTS = "/api/v1/clients";

    @Test
    void createdClientCanBeReadBackWithItsETag() {
        ClientBuilder amelia = aClient();
        Response created = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(amelia.body())
                .when().post(CLIENTS)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(CLIENTS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        given().auth().oauth2(TestTokens.forRole("practitioner"))
                .when().get(CLIENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("givenName", equalTo("Amelia"))
                .body("familyName", equalTo(amelia.familyName()))
                .body("dateOfBirth", equalTo("1988-04-17"))
                .body("phone", equalTo("+447700900123"))
                .body("timeZone", equalTo("Europe/London"))
                .body("status", equalTo("ACTIVE"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String id = aClient().without("preferredName").without("email").without("phone").create();

        given().auth().oauth2(TestTokens.forRole("integration"))
                .when().get(CLIENTS + "/" + id)
                .then().statusCode(200)
                .body("preferredName", nullValue())
                .body("email", nullValue())
                .body("phone", nullValue());
    }

    @Test
    void unknownClientIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(CLIENTS + "/7d1f4c8e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/not-found"))
                .body("detail", equalTo("No client with id 7d1f4c8e-0000-4000-8000-000000000000."));
    }

    @Test
    void listPagesThroughClientsInNameOrderWithACursor() {
        String family = aClient().familyName();
        List<String> created = new ArrayList<>();
        for (String given : List.of("Chidi", "Ada", "Bola", "Emeka", "Dayo")) {
            created.add(given);
            aClient().with("familyName", family).with("givenName", given).create();
        }

        Response first = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("name", family).queryParam("limit", 2)
                .when().get(CLIENTS)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.givenName", equalTo(List.of("Ada", "Bola")))
                .body("nextCursor", notNullValue())
                .extract().response();

        Response second = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("name", family).queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("nextCursor"))
                .when().get(CLIENTS)
                .then().statusCode(200)
                .body("items.givenName", equalTo(List.of("Chidi", "Dayo")))
                .extract().response();

        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .queryParam("name", family).queryParam("limit", 2)
                .queryParam("cursor", second.<String>path("nextCursor"))
                .when().get(CLIENTS)
                .then().statusCode(200)
                .body("items.givenName", equalTo(List.of("Emeka")))
                .body("nextCursor", nullValue());
        assertThat(created).hasSize(5);
    }

    @Test
    void cursorsSurviveNamesWithAnyCharacters() {
        String family = aClient().familyName() + " \"O'Brien\", \u001f Zoë";
        for (String given : List.of("A\u001fB", "A,\"B", "Ä")) {
            aClient().with("familyName", family).with("givenName", given).create();
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.forRole("front-desk"))
                    .queryParam("name", family).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(CLIENTS).then().statusCode(200).extract().response();
            seen.addAll(page.<List<String>>path("items.givenName"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrder("A\u001fB", "A,\"B", "Ä").doesNotHaveDuplicates();
    }

    @Test
    void anEmptyListIsAnEmptyPageNotAnError() {
        given().auth().oauth2(TestTokens.forRole("integration"))
                .queryParam("name", "Nobody-" + java.util.UUID.randomUUID())
                .when().get(CLIENTS)
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String id = aClient().create();
        var changed = aClient().with("givenName", "Amara").with("familyName", "Okafor").body();

        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(changed)
                .when().put(CLIENTS + "/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/precondition-required"));

        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"")
                .when().put(CLIENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("givenName", equalTo("Amara"));

        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .contentType(ContentType.JSON).body(aClient().with("givenName", "Stale").body())
                .header("If-Match", "\"0\"")
                .when().put(CLIENTS + "/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/precondition-failed"));

        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get(CLIENTS + "/" + id)
                .then().statusCode(200)
                .body("givenName", equalTo("Amara"))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void ofTwoConcurrentUpdatesWithTheSameETagOneWinsAndOneGets412() throws Exception {
        String id = aClient().create();
        String token = TestTokens.forRole("front-desk");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> updates = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                var body = aClient().with("givenName", "Writer" + i).body();
                updates.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .header("If-Match", "\"0\"")
                        .when().put(CLIENTS + "/" + id)
                        .then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(updates)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).when().get(CLIENTS + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
    }
}
