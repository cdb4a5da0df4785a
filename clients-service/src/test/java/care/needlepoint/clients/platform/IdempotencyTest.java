package care.needlepoint.clients.platform;

import static care.needlepoint.clients.support.ClientBuilder.aClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
class IdempotencyTest {

    private static final String CLIENTS = "/api/v1/clients";

    private static Response post(String token, String key, Object body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(CLIENTS);
    }

    private static int clientsNamed(String familyName) {
        return given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("name", familyName)
                .when().get(CLIENTS).then().statusCode(200).extract().<List<?>>path("items").size();
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheSameAnswerAndCreatesNothing() {
        String token = TestTokens.forRole("integration");
        String key = UUID.randomUUID().toString();
        ClientBuilder client = aClient();

        Response first = post(token, key, client.body());
        first.then().statusCode(201);
        Response again = post(token, key, client.body());

        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(clientsNamed(client.familyName())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String token = TestTokens.forRole("integration");
        String key = UUID.randomUUID().toString();
        ClientBuilder client = aClient();
        post(token, key, client.body()).then().statusCode(201);
        Map<String, Long> before = Rows.countAll();

        post(token, key, client.with("givenName", "Someone else").body())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/idempotency-key-reused"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirSubject() {
        String key = UUID.randomUUID().toString();
        ClientBuilder client = aClient();
        post(TestTokens.forUser("integration-a", "integration"), key, client.body()).then().statusCode(201);
        // Another person of the same family: the same body would rightly be refused as a duplicate.
        Map<String, Object> sibling = client.with("givenName", "Bola").with("email", "bola." + key + "@example.com")
                .body();
        post(TestTokens.forUser("integration-b", "integration"), key, sibling)
                .then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(clientsNamed(client.familyName())).isEqualTo(2);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String token = TestTokens.forRole("front-desk");
        String key = UUID.randomUUID().toString();
        ClientBuilder client = aClient();
        post(token, key, client.with("email", "broken").body()).then().statusCode(400);
        post(token, key, client.with("email", "fixed@example.com").body()).then().statusCode(201);
    }

    @Test
    void concurrentRepeatsCreateExactlyOneRecord() throws Exception {
        String token = TestTokens.forRole("integration");
        String key = UUID.randomUUID().toString();
        ClientBuilder client = aClient();
        Map<String, Object> body = client.body();
        int callers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(() -> post(token, key, body));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Response> response : pool.invokeAll(calls)) {
                assertThat(response.get().statusCode()).isEqualTo(201);
                bodies.add(response.get().asString());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(clientsNamed(client.familyName())).isEqualTo(1);
    }

    @Test
    void anUnreasonableKeyIsAHeaderProblem() {
        post(TestTokens.forRole("front-desk"), "k".repeat(256), aClient().body())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"))
                .body("violations[0].in", equalTo("header"));
    }
}
