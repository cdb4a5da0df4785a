package care.needlepoint.scheduling.platform;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestDatabase;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.PractitionerBuilder;
import care.needlepoint.scheduling.support.RoomBuilder;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private static final String PRACTITIONERS = "/api/v1/practitioners";
    private static final String ROOMS = "/api/v1/rooms";

    private static Response post(String token, String key, Object body) {
        return post(PRACTITIONERS, token, key, body);
    }

    private static Response post(String path, String token, String key, Object body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    /** Counted behind the service's back: the lists have no filter that finds one practitioner. */
    private static long practitionersCalled(String displayName) {
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM scheduling.practitioner WHERE display_name = ?")) {
            count.setString(1, displayName);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheSameAnswerAndCreatesNothing() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        PractitionerBuilder practitioner = aPractitioner();

        Response first = post(token, key, practitioner.body());
        first.then().statusCode(201);
        Response again = post(token, key, practitioner.body());

        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(practitionersCalled(practitioner.displayName())).isEqualTo(1);
    }

    @Test
    void roomCreatesAreIdempotentToo() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        RoomBuilder room = aRoom();

        Response first = post(ROOMS, token, key, room.body());
        first.then().statusCode(201);
        Map<String, Long> before = Rows.countAll();
        Response again = post(ROOMS, token, key, room.body());

        // Not the 409 a second create of the same name would get: the first answer, again.
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        PractitionerBuilder practitioner = aPractitioner();
        post(token, key, practitioner.body()).then().statusCode(201);
        Map<String, Long> before = Rows.countAll();

        post(token, key, practitioner.with("displayName", "Someone else").body())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://needlepoint.care/problems/idempotency-key-reused"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirSubject() {
        String key = UUID.randomUUID().toString();
        PractitionerBuilder first = aPractitioner();
        // The same key from another caller is a new key: its request runs instead of replaying (or, with another
        // body, being refused as a reused key). Subjects are unique, so the second body names another practitioner.
        PractitionerBuilder second = aPractitioner().with("displayName", first.displayName());
        post(TestTokens.forUser("admin-a", "admin"), key, first.body()).then().statusCode(201);
        post(TestTokens.forUser("admin-b", "admin"), key, second.body())
                .then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(practitionersCalled(first.displayName())).isEqualTo(2);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        PractitionerBuilder practitioner = aPractitioner();
        Map<String, Long> before = Rows.countAll();
        post(token, key, practitioner.with("email", "broken").body()).then().statusCode(400);
        assertThat(Rows.countAll()).isEqualTo(before);
        post(token, key, practitioner.with("email", "fixed@example.com").body()).then().statusCode(201);
    }

    @Test
    void aConflictDoesNotUseUpItsKeyEither() {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        PractitionerBuilder taken = aPractitioner();
        taken.create();
        Map<String, Long> before = Rows.countAll();
        post(token, key, aPractitioner().with("subject", taken.subject()).body()).then().statusCode(409);
        assertThat(Rows.countAll()).isEqualTo(before);
        post(token, key, aPractitioner().body()).then().statusCode(201);
    }

    @Test
    void concurrentRepeatsCreateExactlyOneRecord() throws Exception {
        String token = TestTokens.forRole("admin");
        String key = UUID.randomUUID().toString();
        PractitionerBuilder practitioner = aPractitioner();
        Map<String, Object> body = practitioner.body();
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
        assertThat(practitionersCalled(practitioner.displayName())).isEqualTo(1);
    }

    @Test
    void anUnreasonableKeyIsAHeaderProblem() {
        Map<String, Long> before = Rows.countAll();
        post(TestTokens.forRole("admin"), "k".repeat(256), aPractitioner().body())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"))
                .body("violations[0].in", equalTo("header"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
