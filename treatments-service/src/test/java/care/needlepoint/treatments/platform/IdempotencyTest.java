package care.needlepoint.treatments.platform;

import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
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

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.ProtocolBuilder;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private static final String PROTOCOLS = "/api/v1/protocols";

    private static Response post(String token, String key, Object body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(PROTOCOLS);
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheSameAnswerAndCreatesNothing() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        ProtocolBuilder protocol = aProtocol();

        Response first = post(token, key, protocol.body());
        first.then().statusCode(201);
        Map<String, Long> before = Rows.countAll();
        Response again = post(token, key, protocol.body());

        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(Rows.protocolsWithCode(protocol.code())).isEqualTo(1);
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        ProtocolBuilder protocol = aProtocol();
        post(token, key, protocol.body()).then().statusCode(201);
        Map<String, Long> before = Rows.countAll();

        post(token, key, protocol.with("name", "Someone else's protocol").body())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/idempotency-key-reused"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirSubject() {
        String key = UUID.randomUUID().toString();
        ProtocolBuilder first = aProtocol();
        ProtocolBuilder second = aProtocol();
        Response created = post(TestTokens.forUser("admin-a", "admin"), key, first.body());
        created.then().statusCode(201);
        // Another subject's key with another body: neither a replay of admin-a's answer nor a 422 for reuse.
        Response other = post(TestTokens.forUser("admin-b", "admin"), key, second.body());
        other.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(other.<String>path("id")).isNotEqualTo(created.<String>path("id"));
        assertThat(Rows.protocolsWithCode(first.code())).isEqualTo(1);
        assertThat(Rows.protocolsWithCode(second.code())).isEqualTo(1);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        ProtocolBuilder protocol = aProtocol();
        Map<String, Long> before = Rows.countAll();
        // Refused by bean validation, before the key is claimed ...
        post(token, key, protocol.with("procedureMinutes", 1000).body()).then().statusCode(400);
        // ... and by a protocol rule, after it was claimed in the same transaction, which rolls back.
        post(token, key, protocol.with("procedureMinutes", 45).with("spacingDays.min", 60).body())
                .then().statusCode(400);
        assertThat(Rows.countAll()).isEqualTo(before);
        post(token, key, protocol.with("spacingDays.min", 28).body()).then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void concurrentRepeatsCreateExactlyOneRecord() throws Exception {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        ProtocolBuilder protocol = aProtocol();
        Map<String, Object> body = protocol.body();
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
        assertThat(Rows.protocolsWithCode(protocol.code())).isEqualTo(1);
    }

    @Test
    void anUnreasonableKeyIsAHeaderProblem() {
        Map<String, Long> before = Rows.countAll();
        post(TestTokens.forRole("admin"), "k".repeat(256), aProtocol().body())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"))
                .body("violations[0].in", equalTo("header"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
