package care.needlepoint.scheduling.calendar;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class CalendarResourcesTest {

    private static final String SETTINGS = "/api/v1/clinic-settings";
    private static final String EXCEPTIONS = "/api/v1/calendar-exceptions";

    private static Map<String, Object> settingsBody(Response current) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("timeZone", "lateCancellationMinutes", "turnoverMinutes", "holdMinutes",
                "slotMinutes", "openingHours")) {
            body.put(field, current.path(field));
        }
        return body;
    }

    @Test
    void settingsAreReadByStaffAndReplacedByAnAdminWithIfMatch() {
        for (String role : List.of("front-desk", "practitioner", "integration", "admin")) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get(SETTINGS).then().statusCode(200)
                    .body("timeZone", equalTo("Europe/London"));
        }
        given().auth().oauth2(TestTokens.forRole("service")).when().get(SETTINGS).then().statusCode(403);
        Response current = given().auth().oauth2(TestTokens.forRole("admin")).when().get(SETTINGS)
                .then().statusCode(200).extract().response();
        String etag = current.header("ETag");
        Map<String, Object> original = settingsBody(current);
        Map<String, Object> changed = new LinkedHashMap<>(original);
        changed.put("holdMinutes", 7);

        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(changed)
                .header("If-Match", etag).when().put(SETTINGS).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(changed)
                .when().put(SETTINGS).then().statusCode(428);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(changed)
                .header("If-Match", "\"999\"").when().put(SETTINGS).then().statusCode(412);
        String newTag = given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(changed).header("If-Match", etag)
                .when().put(SETTINGS)
                .then().statusCode(200).body("holdMinutes", equalTo(7)).body("updatedBy", equalTo("test-admin"))
                .extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        // Put the shared settings back for the other tests.
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(original)
                .header("If-Match", newTag).when().put(SETTINGS).then().statusCode(200)
                .body("holdMinutes", equalTo(original.get("holdMinutes")));
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndChangeNothing() {
        Response current = given().auth().oauth2(TestTokens.forRole("admin")).when().get(SETTINGS)
                .then().extract().response();
        Map<String, Long> before = Rows.countAll();
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("timeZone", new Object[] { "timeZone", "+01:00" });
        cases.put("slotMinutes", new Object[] { "slotMinutes", 7 });
        cases.put("holdMinutes", new Object[] { "holdMinutes", 0 });
        cases.put("turnoverMinutes", new Object[] { "turnoverMinutes", "15" });
        cases.put("openingHours[0].ends", new Object[] { "openingHours",
                List.of(Map.of("dayOfWeek", "MONDAY", "starts", "18:00", "ends", "09:00")) });
        cases.put("openingHours[1]", new Object[] { "openingHours",
                List.of(Map.of("dayOfWeek", "MONDAY", "starts", "09:00", "ends", "13:00"),
                        Map.of("dayOfWeek", "MONDAY", "starts", "12:00", "ends", "18:00")) });
        cases.put("openingHours[0].starts", new Object[] { "openingHours",
                List.of(Map.of("dayOfWeek", "MONDAY", "starts", "9am", "ends", "18:00")) });
        cases.put("openingHours[0].dayOfWeek", new Object[] { "openingHours",
                List.of(Map.of("dayOfWeek", "MONDAYS", "starts", "09:00", "ends", "18:00")) });
        cases.put("colour", new Object[] { "colour", "blue" });
        cases.forEach((field, change) -> {
            Map<String, Object> body = settingsBody(current);
            body.put((String) change[0], change[1]);
            given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(body)
                    .header("If-Match", current.header("ETag"))
                    .when().put(SETTINGS)
                    .then().statusCode(400).body("violations.field", hasItem(field));
        });
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void weeklyHoursFollowTheClinicUntilSetAndRefuseOverlaps() {
        String practitioner = aPractitioner().create();
        String path = "/api/v1/practitioners/" + practitioner + "/working-hours";
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(path)
                .then().statusCode(200).body("followsClinicHours", equalTo(true)).body("intervals", hasSize(6));
        Map<String, Object> week = Map.of("intervals", List.of(
                Map.of("dayOfWeek", "TUESDAY", "starts", "13:00", "ends", "17:00"),
                Map.of("dayOfWeek", "TUESDAY", "starts", "09:00", "ends", "12:30")));
        given().auth().oauth2(TestTokens.forRole("practitioner")).contentType(ContentType.JSON).body(week)
                .when().put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(week)
                .when().put(path)
                .then().statusCode(200)
                .body("followsClinicHours", equalTo(false))
                .body("intervals.starts", org.hamcrest.Matchers.contains("09:00", "13:00"));
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("intervals", List.of(
                        Map.of("dayOfWeek", "TUESDAY", "starts", "09:00", "ends", "13:00"),
                        Map.of("dayOfWeek", "TUESDAY", "starts", "12:00", "ends", "17:00"))))
                .when().put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("intervals[1]"));
        assertThat(Rows.countAll()).isEqualTo(before);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(week)
                .when().put("/api/v1/practitioners/" + UUID.randomUUID() + "/working-hours")
                .then().statusCode(404);

        String room = aRoom().create();
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(week)
                .when().put("/api/v1/rooms/" + room + "/working-hours")
                .then().statusCode(200).body("ownerId", equalTo(room));
        given().auth().oauth2(TestTokens.forRole("integration")).when().get("/api/v1/rooms/" + room + "/working-hours")
                .then().statusCode(200).body("intervals", hasSize(2));
    }

    @Test
    void exceptionsAreRecordedListedAndRemovedByAnAdmin() {
        String practitioner = aPractitioner().create();
        Map<String, Object> leave = Map.of("kind", "TIME_OFF", "practitionerId", practitioner,
                "startsOn", "2027-08-02", "endsOn", "2027-08-13", "reason", "Summer leave");
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body(leave)
                .when().post(EXCEPTIONS).then().statusCode(403);
        Response created = given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(leave).when().post(EXCEPTIONS)
                .then().statusCode(201)
                // Whole days in BST: from midnight local on the first to midnight after the last.
                .body("startsAt", equalTo("2027-08-01T23:00:00Z"))
                .body("endsAt", equalTo("2027-08-13T23:00:00Z"))
                .body("startTime", equalTo(null))
                .body("practitionerId", equalTo(practitioner))
                .body("createdBy", equalTo("test-admin"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(EXCEPTIONS + "/" + id);

        given().auth().oauth2(TestTokens.forRole("practitioner")).queryParam("from", "2027-08-10")
                .queryParam("to", "2027-08-10").queryParam("ownerId", practitioner)
                .when().get(EXCEPTIONS)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(id));
        given().auth().oauth2(TestTokens.forRole("admin")).when().delete(EXCEPTIONS + "/" + id)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.forRole("admin")).when().get(EXCEPTIONS + "/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("from", "2027-08-10")
                .queryParam("to", "2027-08-10").queryParam("ownerId", practitioner)
                .when().get(EXCEPTIONS)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void inconsistentExceptionsAreRefusedNamingTheField() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        Map<String, Long> before = Rows.countAll();
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("practitionerId", Map.of("kind", "CLOSURE", "practitionerId", practitioner, "startsOn",
                "2027-12-24"));
        cases.put("roomId", Map.of("kind", "TIME_OFF", "practitionerId", practitioner, "roomId", room,
                "startsOn", "2027-12-24"));
        cases.put("endsOn", Map.of("kind", "CLOSURE", "startsOn", "2027-12-24", "endsOn", "2027-12-20"));
        cases.put("endTime", Map.of("kind", "CLOSURE", "startsOn", "2027-12-24", "startTime", "14:00",
                "endTime", "13:00"));
        cases.put("kind", Map.of("kind", "HOLIDAY", "startsOn", "2027-12-24"));
        cases.put("startsOn", Map.of("kind", "CLOSURE", "startsOn", "24/12/2027"));
        cases.put("reason", Map.of("kind", "CLOSURE", "startsOn", "2027-12-24", "reason", "x".repeat(501)));
        cases.put("startTime", Map.of("kind", "CLOSURE", "startsOn", "2027-12-24", "startTime", "25:00"));
        cases.forEach((field, body) -> given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(body)
                .when().post(EXCEPTIONS)
                .then().statusCode(400).body("violations.field", hasItem(field)));
        // Nothing given: every required field is named at once.
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(Map.of())
                .when().post(EXCEPTIONS)
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.contains("kind", "startsOn"));
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("kind", "TIME_OFF", "roomId", UUID.randomUUID().toString(), "startsOn", "2027-12-24"))
                .when().post(EXCEPTIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("roomId"))
                .body("detail", containsString("no room with this id"));
        given().auth().oauth2(TestTokens.forRole("admin")).queryParam("from", "2027-01-01")
                .queryParam("to", "2029-01-01").when().get(EXCEPTIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }
}
