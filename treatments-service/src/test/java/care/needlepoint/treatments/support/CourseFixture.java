package care.needlepoint.treatments.support;

import static care.needlepoint.treatments.support.ProtocolBuilder.list;
import static care.needlepoint.treatments.support.ProtocolBuilder.object;
import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import care.needlepoint.devkit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Request bodies and set-ups for courses and sessions. The default protocol is ProtocolBuilder's clinic acne-scar
 * protocol: CHEEKS with a PEN 1.00-2.00 mm, TEMPLES with a PEN 0.50-1.00 mm, numbing required above 1.00 mm for 30
 * minutes, 3-6 sessions 28-42 days apart, maintenance 6-12 months, CLINIC_DEFAULT contraindications.
 */
public final class CourseFixture {

    public static final String COURSES = "/api/v1/courses";

    private CourseFixture() {
    }

    /** A course of 3 sessions on cheeks (pen, 1.00 mm) and temples (pen, 0.50 mm). */
    public static Map<String, Object> courseBody(UUID clientId, String protocolId) {
        return object("clientId", clientId.toString(), "protocolId", protocolId, "plannedSessions", 3,
                "areas", list(object("area", "CHEEKS", "deviceType", "PEN", "startingDepthMm", 1.00),
                        object("area", "TEMPLES", "deviceType", "PEN", "startingDepthMm", 0.50)));
    }

    /** Creates a course through the API as a practitioner and returns its id. */
    public static String createCourse(UUID clientId, String protocolId) {
        return given().auth().oauth2(TestTokens.forUser("practitioner-ana", "practitioner"))
                .contentType(ContentType.JSON).body(courseBody(clientId, protocolId))
                .when().post(COURSES).then().statusCode(201).extract().path("id");
    }

    /** An eligible client's course on a fresh default protocol. */
    public static String aCourse() {
        return createCourse(ClientsFixture.eligibleClient(), ProtocolBuilder.aProtocol().create());
    }

    /** A session on the cheeks with a pen at {@code depth}, performed {@code daysAgo} days ago, no numbing. */
    public static Map<String, Object> sessionBody(double depth, int daysAgo) {
        return object("appointmentId", UUID.randomUUID().toString(),
                "performedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withNano(0).toString(),
                "areas", list(cheeks(depth)),
                "serums", list("Hyaluronic acid"),
                "immediateReaction", "Even erythema.",
                "notes", "Responded well.",
                "aftercareGiven", true);
    }

    public static Map<String, Object> cheeks(double depth) {
        return object("area", "CHEEKS", "deviceType", "PEN", "depthMm", depth,
                "needleConfiguration", "12-pin nano cartridge", "passes", 3,
                "directions", list("HORIZONTAL", "VERTICAL", "DIAGONAL"), "endpoint", "PINPOINT_BLEEDING");
    }

    public static Response chart(String courseId, Object body) {
        return given().auth().oauth2(TestTokens.forUser("practitioner-ana", "practitioner"))
                .contentType(ContentType.JSON).body(body)
                .when().post(COURSES + "/" + courseId + "/sessions");
    }
}
