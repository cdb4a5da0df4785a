package care.needlepoint.treatments.course;

import static care.needlepoint.treatments.support.ClientsFixture.aClient;
import static care.needlepoint.treatments.support.CourseFixture.COURSES;
import static care.needlepoint.treatments.support.CourseFixture.courseBody;
import static care.needlepoint.treatments.support.CourseFixture.createCourse;
import static care.needlepoint.treatments.support.ProtocolBuilder.aProtocol;
import static care.needlepoint.treatments.support.ProtocolBuilder.list;
import static care.needlepoint.treatments.support.ProtocolBuilder.object;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.support.ClientsFixture;
import care.needlepoint.treatments.support.ProtocolBuilder;
import care.needlepoint.treatments.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Courses through the API, against a real clients-service. Charting and the windows it moves: SessionResourceTest. */
@QuarkusTest
class CourseResourceTest {

    private static final String TYPES = "https://needlepoint.care/problems/";

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role));
    }

    private static Response post(String role, Object body) {
        return as(role).contentType(ContentType.JSON).body(body).when().post(COURSES);
    }

    private static Response changeStatus(String courseId, String ifMatch, Object body) {
        RequestSpecification request = given().auth().oauth2(TestTokens.forUser("practitioner-bo", "practitioner"))
                .contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(COURSES + "/" + courseId + "/status-changes");
    }

    @Test
    void aCourseIsCreatedPlannedOnTheCurrentVersionAndReadBack() {
        UUID client = ClientsFixture.eligibleClient();
        ProtocolBuilder protocol = aProtocol();
        String protocolId = protocol.create();
        Response created = given().auth().oauth2(TestTokens.forUser("practitioner-ana", "practitioner"))
                .contentType(ContentType.JSON).body(courseBody(client, protocolId))
                .when().post(COURSES)
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("clientId", equalTo(client.toString()))
                .body("protocolId", equalTo(protocolId))
                .body("protocolVersion", equalTo(1))
                .body("protocolName", equalTo(protocol.name()))
                .body("areas[0].area", equalTo("CHEEKS"))
                .body("areas[0].deviceType", equalTo("PEN"))
                .body("areas[0].startingDepthMm", equalTo(1.0f))
                .body("areas[1].area", equalTo("TEMPLES"))
                .body("plannedSessions", equalTo(3))
                .body("sessionsCompleted", equalTo(0))
                .body("practitioner", equalTo("practitioner-ana"))
                .body("status", equalTo("PLANNED"))
                .body("stopReason", nullValue())
                .body("lastSessionAt", nullValue())
                .body("nextSessionWindow", nullValue())
                .body("maintenanceDueWindow", nullValue())
                .body("clinicTimeZone", equalTo("Europe/London"))
                .body("statusHistory", hasSize(1))
                .body("statusHistory[0].from", nullValue())
                .body("statusHistory[0].to", equalTo("PLANNED"))
                .body("statusHistory[0].by", equalTo("practitioner-ana"))
                .body("statusHistory[0].at", notNullValue())
                .body("createdBy", equalTo("practitioner-ana"))
                .body("version", equalTo(1))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(COURSES + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        for (String reader : List.of("front-desk", "service", "admin", "practitioner")) {
            as(reader).when().get(COURSES + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                    .body("id", equalTo(id)).body("status", equalTo("PLANNED"));
        }
    }

    @Test
    void aCourseKeepsItsProtocolVersionWhenTheProtocolIsEdited() {
        ProtocolBuilder protocol = aProtocol();
        String protocolId = protocol.create();
        String courseId = createCourse(ClientsFixture.eligibleClient(), protocolId);
        as("admin").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(protocol.with("name", protocol.name() + " (revised)").body())
                .when().put("/api/v1/protocols/" + protocolId).then().statusCode(200).body("version", equalTo(2));
        as("front-desk").when().get(COURSES + "/" + courseId).then().statusCode(200)
                .body("protocolVersion", equalTo(1))
                .body("protocolName", equalTo(protocol.name().replace(" (revised)", "")));
        String later = createCourse(ClientsFixture.eligibleClient(), protocolId);
        as("front-desk").when().get(COURSES + "/" + later).then().body("protocolVersion", equalTo(2));
    }

    @Test
    void theCallerIsThePractitionerUnlessOneIsNamed() {
        Map<String, Object> body = courseBody(ClientsFixture.eligibleClient(), aProtocol().create());
        body.put("practitioner", "practitioner-carla");
        post("admin", body).then().statusCode(201).body("practitioner", equalTo("practitioner-carla"));
    }

    @Test
    void coursesAreListedByClientAndStatusNewestFirstPageByPage() {
        UUID client = ClientsFixture.eligibleClient();
        String protocol = aProtocol().create();
        String first = createCourse(client, protocol);
        String second = createCourse(client, protocol);
        String third = createCourse(client, protocol);

        Response page1 = as("front-desk").queryParam("clientId", client).queryParam("limit", 2)
                .when().get(COURSES).then().statusCode(200).body("items", hasSize(2)).extract().response();
        assertThat(page1.<List<String>>path("items.id")).containsExactly(third, second);
        String cursor = page1.path("nextCursor");
        assertThat(cursor).isNotNull();
        as("service").queryParam("clientId", client).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get(COURSES).then().statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("nextCursor", nullValue());

        changeStatus(second, "\"1\"", object("status", "STOPPED", "reason", "Client moved away.")).then()
                .statusCode(200);
        as("practitioner").queryParam("clientId", client).queryParam("status", "STOPPED").when().get(COURSES)
                .then().statusCode(200).body("items.id", equalTo(List.of(second)));
        as("practitioner").queryParam("clientId", client).queryParam("status", "PLANNED").when().get(COURSES)
                .then().statusCode(200).body("items.id", equalTo(List.of(third, first)));
        as("practitioner").queryParam("clientId", UUID.randomUUID()).when().get(COURSES)
                .then().statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
    }

    @Test
    void badListParametersAre400s() {
        as("front-desk").queryParam("status", "FINISHED").when().get(COURSES).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        as("front-desk").queryParam("clientId", "42").when().get(COURSES).then().statusCode(400)
                .body("violations[0].field", equalTo("clientId"));
        as("front-desk").queryParam("cursor", "bm90LW91cnM").when().get(COURSES).then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        as("front-desk").queryParam("limit", 0).when().get(COURSES).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void stoppingNeedsIfMatchAndAReasonAndIsRecordedWithWhoAndWhen() {
        String course = createCourse(ClientsFixture.eligibleClient(), aProtocol().create());
        Map<String, Long> before = Rows.countAll();
        changeStatus(course, null, object("status", "STOPPED", "reason", "Client moved away.")).then()
                .statusCode(428).body("type", equalTo(TYPES + "precondition-required"));
        changeStatus(course, "\"7\"", object("status", "STOPPED", "reason", "Client moved away.")).then()
                .statusCode(412).body("type", equalTo(TYPES + "precondition-failed"));
        changeStatus(course, "\"1\"", object("status", "STOPPED")).then()
                .statusCode(400).body("violations[0].field", equalTo("reason"));
        changeStatus(course, "\"1\"", object("status", "COMPLETED")).then()
                .statusCode(409).body("detail", containsString("last planned session is charted"));
        changeStatus(course, "\"1\"", object("status", "DONE")).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        assertThat(Rows.countAll()).isEqualTo(before);

        Response stopped = changeStatus(course, "\"1\"", object("status", "STOPPED", "reason",
                "Client moved away.")).then().statusCode(200)
                .body("status", equalTo("STOPPED"))
                .body("stopReason", equalTo("Client moved away."))
                .body("version", equalTo(2))
                .body("statusHistory", hasSize(2))
                .body("statusHistory[1].from", equalTo("PLANNED"))
                .body("statusHistory[1].to", equalTo("STOPPED"))
                .body("statusHistory[1].reason", equalTo("Client moved away."))
                .body("statusHistory[1].by", equalTo("practitioner-bo"))
                .extract().response();
        assertThat(stopped.header("ETag")).isEqualTo("\"2\"");
        changeStatus(course, "\"2\"", object("status", "ACTIVE")).then().statusCode(409)
                .body("detail", containsString("final"));
    }

    @Test
    void aPlannedCourseCanBeStartedBeforeItsFirstSession() {
        String course = createCourse(ClientsFixture.eligibleClient(), aProtocol().create());
        changeStatus(course, "\"1\"", object("status", "ACTIVE")).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("statusHistory[1].reason", nullValue());
    }

    @Test
    void anUnknownClientANotBookableClientAndAnUnknownProtocolAre422WithNothingStored() {
        String protocol = aProtocol().create();
        UUID archived = aClient().archived().create();
        Map<String, Long> before = Rows.countAll();
        post("practitioner", courseBody(UUID.randomUUID(), protocol)).then().statusCode(422)
                .body("type", equalTo(TYPES + "rule-violated"))
                .body("reasons[0].code", equalTo("client-unknown"));
        post("practitioner", courseBody(archived, protocol)).then().statusCode(422)
                .body("reasons[0].code", equalTo("client-not-bookable"));
        post("practitioner", courseBody(archived, UUID.randomUUID().toString())).then().statusCode(422)
                .body("reasons[0].code", equalTo("protocol-unknown"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    static Stream<Arguments> badCourses() {
        return Stream.of(
                bad("clientId", body -> body.remove("clientId")),
                bad("plannedSessions", body -> body.remove("plannedSessions")),
                bad("areas", body -> body.remove("areas")),
                bad("areas", body -> body.put("areas", list())),
                bad("plannedSessions", body -> body.put("plannedSessions", "3")),
                bad("plannedSessions", body -> body.put("plannedSessions", 7)),
                bad("plannedSessions", body -> body.put("plannedSessions", 13)),
                bad("clientId", body -> body.put("clientId", 42)),
                bad("colour", body -> body.put("colour", "blue")),
                bad("areas[0].area", body -> area(body).put("area", "ELBOWS")),
                bad("areas[0].area", body -> area(body).put("area", "SCALP")),
                bad("areas[1].area", body -> ((Map<String, Object>) ((List<?>) body.get("areas")).get(1))
                        .put("area", "CHEEKS")),
                bad("areas[0].deviceType", body -> area(body).put("deviceType", "LASER")),
                bad("areas[0].deviceType", body -> area(body).put("deviceType", "ROLLER")),
                bad("areas[0].startingDepthMm", body -> area(body).put("startingDepthMm", 1.005)),
                bad("areas[0].startingDepthMm", body -> area(body).put("startingDepthMm", -1)),
                bad("areas[0].startingDepthMm", body -> area(body).put("startingDepthMm", 3.5)),
                bad("areas[0].startingDepthMm", body -> area(body).put("startingDepthMm", 2.5)),
                bad("areas[0].startingDepthMm", body -> area(body).put("startingDepthMm", "1.00")),
                bad("practitioner", body -> body.put("practitioner", "   ")),
                bad("practitioner", body -> body.put("practitioner", "p".repeat(256))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> area(Map<String, Object> body) {
        return (Map<String, Object>) ((List<?>) body.get("areas")).get(0);
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(field, breakIt);
    }

    private static String protocolForBadInput;
    private static UUID clientForBadInput;

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCourses")
    void badInputIsA400NamingTheFieldAndStoresNothing(String field, Consumer<Map<String, Object>> breakIt) {
        synchronized (CourseResourceTest.class) {
            if (protocolForBadInput == null) {
                protocolForBadInput = aProtocol().create();
                clientForBadInput = ClientsFixture.eligibleClient();
            }
        }
        Map<String, Object> body = courseBody(clientForBadInput, protocolForBadInput);
        breakIt.accept(body);
        Map<String, Long> before = Rows.countAll();
        post("practitioner", body).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem(field));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneCourse() {
        Map<String, Object> body = courseBody(ClientsFixture.eligibleClient(), aProtocol().create());
        String key = UUID.randomUUID().toString();
        String id = as("practitioner").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(COURSES).then().statusCode(201).extract().path("id");
        Map<String, Long> before = Rows.countAll();
        as("practitioner").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(COURSES).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "integration", "service" })
    void onlyPractitionersAndAdminsStartCourses(String role) {
        Map<String, Object> body = courseBody(UUID.randomUUID(), UUID.randomUUID().toString());
        post(role, body).then().statusCode(403).body("type", equalTo(TYPES + "forbidden"));
    }

    @Test
    void integrationsReadProtocolsButNotCourses() {
        String course = createCourse(ClientsFixture.eligibleClient(), aProtocol().create());
        as("integration").when().get(COURSES + "/" + course).then().statusCode(403);
        as("integration").when().get(COURSES).then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "front-desk", "service", "integration" })
    void onlyPractitionersAndAdminsChangeStatus(String role) {
        String course = createCourse(ClientsFixture.eligibleClient(), aProtocol().create());
        as(role).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(object("status", "STOPPED", "reason", "No."))
                .when().post(COURSES + "/" + course + "/status-changes").then().statusCode(403);
    }

    @Test
    void anUnknownCourseIs404() {
        as("front-desk").when().get(COURSES + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo(TYPES + "not-found"));
        as("front-desk").when().get(COURSES + "/not-a-uuid").then().statusCode(404);
    }
}
