package care.needlepoint.treatments.course;

import static care.needlepoint.treatments.support.CourseFixture.COURSES;
import static care.needlepoint.treatments.support.CourseFixture.chart;
import static care.needlepoint.treatments.support.CourseFixture.createCourse;
import static care.needlepoint.treatments.support.CourseFixture.sessionBody;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.object;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.ClientsFixture;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The maintenance recall list: a course becomes a recall when its last planned session is charted, with the window
 * counted from that session's clinic-local date; running and stopped courses are not recalls. Every test makes its
 * own client and filters by it, so other tests' courses never show.
 */
@QuarkusTest
class MaintenanceRecallResourceTest {

    private static final String RECALLS = "/api/v1/maintenance-recalls";
    private static final ZoneId CLINIC = ZoneId.of("Europe/London");

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    /** A course of 3 sessions (cheeks at 1.00 mm, no numbing needed) with {@code charted} of them done, long ago. */
    private static String courseWithSessions(UUID client, String protocol, int charted, int... daysAgo) {
        String course = createCourse(client, protocol);
        for (int i = 0; i < charted; i++) {
            chart(course, sessionBody(1.00, daysAgo[i])).then().statusCode(201);
        }
        return course;
    }

    private static String lastPerformedAt(String course) {
        return as("practitioner").when().get(COURSES + "/" + course).then().statusCode(200).extract()
                .path("lastSessionAt");
    }

    @Test
    void aCompletedSeriesBecomesARecallWithTheWindowCountedFromItsLastSession() {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        String course = courseWithSessions(client, protocol, 3, 260, 230, 200);
        LocalDate last = LocalDate.ofInstant(Instant.parse(lastPerformedAt(course)), CLINIC);

        as("front-desk").queryParam("clientId", client).when().get(RECALLS).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].courseId", equalTo(course))
                .body("items[0].clientId", equalTo(client.toString()))
                .body("items[0].protocolId", equalTo(protocol))
                .body("items[0].protocolVersion", equalTo(1))
                .body("items[0].status", equalTo("MAINTENANCE"))
                .body("items[0].practitioner", equalTo("practitioner-ana"))
                .body("items[0].lastSessionOn", equalTo(last.toString()))
                .body("items[0].maintenanceDueWindow.earliest", equalTo(last.plusMonths(6).toString()))
                .body("items[0].maintenanceDueWindow.latest", equalTo(last.plusMonths(12).toString()))
                .body("items[0].clinicTimeZone", equalTo("Europe/London"))
                .body("nextCursor", nullValue());
        // The course view and the recall agree: one rule (CourseWindows), stored for the list.
        as("front-desk").when().get(COURSES + "/" + course).then().statusCode(200)
                .body("maintenanceDueWindow.earliest", equalTo(last.plusMonths(6).toString()));
    }

    @Test
    void aChartedMaintenanceSessionMovesTheWindowOn() {
        UUID client = ClientsFixture.eligibleClient();
        String course = courseWithSessions(client, aProtocol().create(), 3, 260, 230, 200);
        chart(course, sessionBody(1.00, 2)).then().statusCode(201).body("kind", equalTo("MAINTENANCE"));
        LocalDate last = LocalDate.ofInstant(Instant.parse(lastPerformedAt(course)), CLINIC);

        // No longer due today: the next maintenance is six months after the one just charted.
        as("front-desk").queryParam("clientId", client).when().get(RECALLS).then().statusCode(200)
                .body("items", hasSize(0));
        as("front-desk").queryParam("clientId", client).queryParam("dueBy", last.plusMonths(6).toString())
                .when().get(RECALLS).then().statusCode(200)
                .body("items.courseId", equalTo(List.of(course)))
                .body("items[0].lastSessionOn", equalTo(last.toString()))
                .body("items[0].maintenanceDueWindow.earliest", equalTo(last.plusMonths(6).toString()))
                .body("items[0].maintenanceDueWindow.latest", equalTo(last.plusMonths(12).toString()));
    }

    @Test
    void dueByListsOnlyWindowsOpenByThatDate() {
        UUID client = ClientsFixture.eligibleClient();
        String course = courseWithSessions(client, aProtocol().create(), 3, 60, 40, 20);
        LocalDate earliest = LocalDate.ofInstant(Instant.parse(lastPerformedAt(course)), CLINIC).plusMonths(6);

        // Default: due by today, and this window opens in about five months.
        as("front-desk").queryParam("clientId", client).when().get(RECALLS).then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", nullValue());
        as("front-desk").queryParam("clientId", client).queryParam("dueBy", earliest.minusDays(1).toString())
                .when().get(RECALLS).then().statusCode(200).body("items", hasSize(0));
        as("service").queryParam("clientId", client).queryParam("dueBy", earliest.toString())
                .when().get(RECALLS).then().statusCode(200).body("items.courseId", equalTo(List.of(course)));
    }

    @Test
    void runningAndStoppedCoursesAreNotRecalls() {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        courseWithSessions(client, protocol, 2, 400, 380);
        String stopped = courseWithSessions(client, protocol, 3, 400, 380, 360);
        String far = LocalDate.now(CLINIC).plusYears(2).toString();
        as("admin").queryParam("clientId", client).queryParam("dueBy", far).when().get(RECALLS).then()
                .statusCode(200).body("items.courseId", equalTo(List.of(stopped)));

        String etag = as("practitioner").when().get(COURSES + "/" + stopped).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType("application/json")
                .header("If-Match", etag).body(object("status", "STOPPED", "reason", "Client moved away."))
                .when().post(COURSES + "/" + stopped + "/status-changes").then().statusCode(200);
        as("admin").queryParam("clientId", client).queryParam("dueBy", far).when().get(RECALLS).then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void recallsAreOrderedByWindowStartThenIdPageByPage() {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        String later = courseWithSessions(client, protocol, 3, 240, 220, 200);
        String earlier = courseWithSessions(client, protocol, 3, 300, 280, 260);
        String far = LocalDate.now(CLINIC).plusYears(1).toString();
        Response page1 = as("front-desk").queryParam("clientId", client).queryParam("dueBy", far)
                .queryParam("limit", 1).when().get(RECALLS).then().statusCode(200)
                .body("items.courseId", equalTo(List.of(earlier))).extract().response();
        String cursor = page1.path("nextCursor");
        assertThat(cursor).isNotNull();
        as("front-desk").queryParam("clientId", client).queryParam("dueBy", far).queryParam("limit", 1)
                .queryParam("cursor", cursor).when().get(RECALLS).then().statusCode(200)
                .body("items.courseId", equalTo(List.of(later))).body("nextCursor", nullValue());
    }

    @Test
    void badParametersAre400sNamingThemAndChangeNothing() {
        Map<String, Long> before = Rows.countAll();
        as("front-desk").queryParam("dueBy", "21/11/2026").when().get(RECALLS).then().statusCode(400)
                .body("type", equalTo("https://needlepoint.care/problems/validation-failed"))
                .body("violations[0].field", equalTo("dueBy"))
                .body("violations[0].in", equalTo("query"));
        as("front-desk").queryParam("dueBy", "2026-02-30").when().get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("dueBy"));
        as("front-desk").queryParam("clientId", "42").when().get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("clientId"));
        as("front-desk").queryParam("cursor", "bm90LW91cnM").when().get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        as("front-desk").queryParam("limit", 201).when().get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        as("front-desk").queryParam("limit", "ten").when().get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "service", "front-desk", "practitioner", "admin" })
    void theReadersMayList(String role) {
        as(role).queryParam("clientId", UUID.randomUUID()).when().get(RECALLS).then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void integrationsMayNotListAndAnonymousCallersAreUnauthorized() {
        as("integration").when().get(RECALLS).then().statusCode(403)
                .body("type", equalTo("https://needlepoint.care/problems/forbidden"));
        given().when().get(RECALLS).then().statusCode(401);
    }
}
