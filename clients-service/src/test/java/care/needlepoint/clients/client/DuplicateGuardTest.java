package care.needlepoint.clients.client;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.support.ClientBuilder;
import care.needlepoint.clients.support.Rows;
import care.needlepoint.devkit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class DuplicateGuardTest {

    private static final String CLIENTS = "/api/v1/clients";

    private static Response post(Map<String, Object> body, boolean confirm) {
        var request = given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(body);
        if (confirm) {
            request.queryParam("confirmDuplicate", "true");
        }
        return request.when().post(CLIENTS);
    }

    @Test
    void theSameEmailInAnyCaseIsAConflictNamingTheExistingClient() {
        ClientBuilder first = aClient();
        String existing = first.create();
        Map<String, Long> before = Rows.countAll();

        post(aClient().with("email", first.email().toUpperCase()).body(), false)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(existing))
                .body("duplicates[0].id", equalTo(existing))
                .body("duplicates[0].matchedOn", equalTo(List.of("EMAIL")));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theSameNameAndDateOfBirthIsAConflictEvenWithAccentsAndCaseChanged() {
        ClientBuilder first = aClient().with("givenName", "Zoë");
        String existing = first.create();

        post(aClient().with("givenName", "ZOE").with("familyName", first.familyName().toLowerCase()).body(), false)
                .then().statusCode(409)
                .body("duplicates[0].id", equalTo(existing))
                .body("duplicates[0].matchedOn", equalTo(List.of("NAME_AND_DATE_OF_BIRTH")));
    }

    @Test
    void theSameNameWithAnotherDateOfBirthIsAnotherPerson() {
        ClientBuilder first = aClient();
        first.create();
        post(aClient().with("familyName", first.familyName()).with("dateOfBirth", "1990-01-01").body(), false)
                .then().statusCode(201);
    }

    @Test
    void aConfirmedDuplicateIsCreated() {
        ClientBuilder first = aClient();
        first.create();
        post(first.body(), true).then().statusCode(201);
    }

    @Test
    void anErasedClientIsNoDuplicate() {
        ClientBuilder first = aClient();
        String erased = first.create();
        ClientBuilder.erase(erased);
        post(first.body(), false).then().statusCode(201);
    }

    @Test
    void concurrentRegistrationsOfOnePersonCreateOneClient() throws Exception {
        Map<String, Object> body = aClient().body();
        int desks = 6;
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < desks; i++) {
                calls.add(() -> post(body, false).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
    }
}
