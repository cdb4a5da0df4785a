package care.needlepoint.treatments.session;

import static care.needlepoint.treatments.support.CourseFixture.COURSES;
import static care.needlepoint.treatments.support.CourseFixture.chart;
import static care.needlepoint.treatments.support.CourseFixture.courseBody;
import static care.needlepoint.treatments.support.CourseFixture.createCourse;
import static care.needlepoint.treatments.support.CourseFixture.sessionBody;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.devkit.testing.SilentPeer;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.ClientsFixture;
import care.needlepoint.treatments.support.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** When clients-service cannot answer, nothing is created or charted and callers get a 503 problem (fail closed). */
@QuarkusTest
class ClientsOutageTest {

    private static final String UNAVAILABLE = "https://needlepoint.care/problems/dependency-unavailable";

    @Test
    void withClientsServiceDownEverythingThatNeedsItIs503AndNothingIsStored() {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        String course = createCourse(client, protocol);
        PeerServices.stop("clients");
        try {
            Map<String, Long> before = Rows.countAll();
            given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON)
                    .body(courseBody(client, protocol)).when().post(COURSES)
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo(UNAVAILABLE))
                    .body("detail", containsString("clients-service"));
            chart(course, sessionBody(1.00, 1)).then().statusCode(503).body("type", equalTo(UNAVAILABLE));
            given().auth().oauth2(TestTokens.forRole("service")).queryParam("clientId", client)
                    .queryParam("protocolId", protocol).when().get("/api/v1/eligibility")
                    .then().statusCode(503).body("type", equalTo(UNAVAILABLE));
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            PeerServices.restart("clients");
        }
        awaitEligibility(client, protocol);
        chart(course, sessionBody(1.00, 1)).then().statusCode(201);
    }

    @Test
    void aClientsServiceThatAcceptsAndNeverAnswersIsAskedOncePerRequest() throws Exception {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        int port = java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.clients-service.url", String.class)).getPort();
        PeerServices.stop("clients");
        try (SilentPeer silent = SilentPeer.on(port)) {
            Map<String, Long> before = Rows.countAll();
            given().auth().oauth2(TestTokens.forRole("service")).queryParam("clientId", client)
                    .queryParam("protocolId", protocol).when().get("/api/v1/eligibility")
                    .then().statusCode(503).body("type", equalTo(UNAVAILABLE));
            // The read ran into the 2 s timeout and is not tried again (ClientsService.RETRY_WITHIN_MS): before, two
            // more tries made the caller wait 6 s for the same 503.
            assertThat(silent.connections()).isEqualTo(1);
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            PeerServices.restart("clients");
        }
        awaitEligibility(client, protocol);
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void chartingOrACourseWaitingOnAHungClientsServiceHoldsNoDatabaseConnection() throws Exception {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        List<String> courses = List.of(createCourse(client, protocol), createCourse(client, protocol),
                createCourse(client, protocol));
        awaitEligibility(client, protocol);
        int port = java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.clients-service.url", String.class)).getPort();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("clients");
        ExecutorService practitioners = Executors.newFixedThreadPool(courses.size() + 1);
        try (SilentPeer silent = SilentPeer.on(port)) {
            List<Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>(courses.stream()
                    .map(course -> practitioners.submit(() -> chart(course, sessionBody(1.00, 1)))).toList());
            answers.add(practitioners.submit(() -> given().auth().oauth2(TestTokens.forRole("practitioner"))
                    .contentType(ContentType.JSON).body(courseBody(client, protocol)).when().post(COURSES)));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (silent.connections() < answers.size() && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            assertThat(silent.connections()).isEqualTo(answers.size());
            // Each is waiting for the client's facts, its own checks done (a course found and chartable, a protocol
            // read): none may hold one of the pool's connections (or a course's row lock) while it waits.
            assertThat(dataSource.getMetrics().activeCount()).isZero();
            for (Future<io.restassured.response.Response> answer : answers) {
                answer.get().then().statusCode(503).body("type", equalTo(UNAVAILABLE));
            }
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            practitioners.shutdownNow();
            PeerServices.restart("clients");
        }
        awaitEligibility(client, protocol);
        chart(courses.get(0), sessionBody(1.00, 1)).then().statusCode(201);
    }

    /** After the restart the circuit breaker needs a moment (0.5 s in tests) before it lets a trial call through. */
    private static void awaitEligibility(UUID client, String protocol) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int status;
        do {
            status = given().auth().oauth2(TestTokens.forRole("service")).queryParam("clientId", client)
                    .queryParam("protocolId", protocol).when().get("/api/v1/eligibility").statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (Instant.now().isBefore(deadline));
        assertThat(status).as("eligibility after clients-service came back").isEqualTo(200);
    }
}
