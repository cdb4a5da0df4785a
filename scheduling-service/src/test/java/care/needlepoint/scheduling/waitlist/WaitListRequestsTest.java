package care.needlepoint.scheduling.waitlist;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.waitlist.WaitListData.OFFERS;
import static care.needlepoint.scheduling.waitlist.WaitListData.WAIT_LIST;
import static care.needlepoint.scheduling.waitlist.WaitListData.added;
import static care.needlepoint.scheduling.waitlist.WaitListData.entry;
import static care.needlepoint.scheduling.waitlist.WaitListData.getEntry;
import static care.needlepoint.scheduling.waitlist.WaitListData.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Pages;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Adding, reading, listing and withdrawing wait-list entries: bad input, roles, queue order, fail closed. */
@QuarkusTest
class WaitListRequestsTest {

    private static final LocalDate DAY = LocalDate.of(2027, 4, 5);

    @Test
    void anEntryIsAddedWithTheMinutesItNeedsAndReadBack() {
        String client = PeerData.aClient();
        String practitioner = aPractitioner().create();
        Map<String, Object> body = entry(client, practitioner, 40, DAY, DAY.plusDays(13));
        body.put("preferredTimeFrom", "09:00");
        body.put("preferredTimeTo", "13:00");
        body.put("note", "  Can come at an hour's notice ");
        String id = post(WAIT_LIST, "admin", body).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/wait-list/"))
                .body("status", equalTo("ACTIVE"))
                .body("clientId", equalTo(client))
                .body("practitionerId", equalTo(practitioner))
                .body("durationMinutes", equalTo(40))
                .body("numbingMinutes", equalTo(0))
                .body("procedureMinutes", equalTo(40))
                .body("earliestDate", equalTo("2027-04-05"))
                .body("latestDate", equalTo("2027-04-18"))
                .body("preferredTimeFrom", equalTo("09:00"))
                .body("preferredTimeTo", equalTo("13:00"))
                .body("note", equalTo("Can come at an hour's notice"))
                .body("appointmentId", nullValue())
                .extract().path("id");
        getEntry(id).then().statusCode(200).body("id", equalTo(id)).body("createdBy", org.hamcrest.Matchers
                .notNullValue());
        // A protocol sets the minutes: REQUIRED_ABOVE_DEPTH without a depth plans the numbing.
        Map<String, Object> treatment = entry(client, null, 30, DAY, DAY);
        treatment.remove("durationMinutes");
        treatment.put("protocolId", PeerData.aProtocol(45, "REQUIRED_ABOVE_DEPTH", 25));
        post(WAIT_LIST, "integration", treatment).then().statusCode(201)
                .body("numbingMinutes", equalTo(25)).body("procedureMinutes", equalTo(45))
                .body("durationMinutes", nullValue());
    }

    @Test
    void aRetriedAddWithTheSameIdempotencyKeyAddsOnce() {
        Map<String, Object> body = entry(PeerData.aClient(), null, 30, DAY, DAY);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(WAIT_LIST)
                .then().statusCode(201).extract().path("id");
        Map<String, Long> before = Rows.countAll();
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(WAIT_LIST)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(Rows.countAll()).isEqualTo(before);
        withdraw(first);
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndStoreNothing() {
        String client = PeerData.aClient();
        String practitioner = aPractitioner().create();
        String protocol = PeerData.aProtocol(30, "REQUIRED_ABOVE_DEPTH", 30);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Long> before = Rows.countAll();

        Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
        cases.put("clientId", b -> b.remove("clientId"));
        cases.put("earliestDate", b -> b.remove("earliestDate"));
        cases.put("latestDate", b -> b.put("latestDate", "14/04/2027"));
        cases.put("durationMinutes", b -> b.put("durationMinutes", "thirty"));
        cases.put("colour", b -> b.put("colour", "blue"));
        cases.put("note", b -> b.put("note", "x".repeat(501)));
        cases.put("preferredTimeFrom", b -> {
            b.put("preferredTimeFrom", "9am");
            b.put("preferredTimeTo", "12:00");
        });
        cases.put("preferredTimeTo", b -> b.put("preferredTimeFrom", "09:00"));
        cases.put("practitionerId", b -> b.put("practitionerId", UUID.randomUUID().toString()));
        cases.put("numbing", b -> b.put("numbing", true));
        cases.put("plannedDepthMm", b -> b.put("plannedDepthMm", 1.0));
        Map<String, Consumer<Map<String, Object>>> more = new LinkedHashMap<>();
        more.put("durationMinutes", b -> b.put("durationMinutes", 601));
        more.put("latestDate", b -> b.put("latestDate", DAY.minusDays(1).toString()));
        more.put("preferredTimeTo", b -> {
            b.put("preferredTimeFrom", "12:00");
            b.put("preferredTimeTo", "11:00");
        });
        Map<String, Consumer<Map<String, Object>>> dates = new LinkedHashMap<>();
        dates.put("latestDate", b -> {
            b.put("earliestDate", today.minusDays(10).toString());
            b.put("latestDate", today.minusDays(1).toString());
        });
        Map<String, Consumer<Map<String, Object>>> horizon = Map.of("latestDate",
                b -> b.put("latestDate", today.plusDays(731).toString()));
        for (Map<String, Consumer<Map<String, Object>>> group : List.of(cases, more, dates, horizon)) {
            group.forEach((field, change) -> {
                Map<String, Object> body = entry(client, practitioner, 30, DAY, DAY.plusDays(7));
                change.accept(body);
                post(WAIT_LIST, "front-desk", body).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("violations.field", hasItem(field));
            });
        }
        // With a protocol: not with a plain duration too; an out-of-range depth; refusing required numbing.
        Map<String, Object> both = entry(client, practitioner, 30, DAY, DAY);
        both.put("protocolId", protocol);
        post(WAIT_LIST, "front-desk", both).then().statusCode(400)
                .body("violations.field", hasItem("durationMinutes"));
        Map<String, Object> treatment = entry(client, practitioner, 30, DAY, DAY);
        treatment.remove("durationMinutes");
        treatment.put("protocolId", protocol);
        treatment.put("plannedDepthMm", 3.5);
        post(WAIT_LIST, "front-desk", treatment).then().statusCode(400)
                .body("violations.field", hasItem("plannedDepthMm"));
        treatment.put("plannedDepthMm", 1.5);
        treatment.put("numbing", false);
        post(WAIT_LIST, "front-desk", treatment).then().statusCode(400)
                .body("violations.field", hasItem("numbing"));
        // References the peers do not know.
        treatment.put("protocolId", UUID.randomUUID().toString());
        treatment.remove("numbing");
        post(WAIT_LIST, "front-desk", treatment).then().statusCode(400)
                .body("violations[0].field", equalTo("protocolId"));
        post(WAIT_LIST, "front-desk", entry(UUID.randomUUID().toString(), practitioner, 30, DAY, DAY))
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
        // Not JSON; no body.
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON).body("{\"clientId\":")
                .when().post(WAIT_LIST)
                .then().statusCode(400).body("type", equalTo("https://needlepoint.care/problems/malformed-request"));
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .when().post(WAIT_LIST).then().statusCode(400);
        // Rules: an archived client, an inactive practitioner.
        String archived = PeerData.aClient();
        PeerData.archive(archived);
        String inactive = aPractitioner().with("active", false).create();
        Map<String, Long> beforeRules = Rows.countAll();
        post(WAIT_LIST, "front-desk", entry(archived, practitioner, 30, DAY, DAY)).then().statusCode(422)
                .body("reasons[0].code", equalTo("client-not-bookable"));
        post(WAIT_LIST, "front-desk", entry(client, inactive, 30, DAY, DAY)).then().statusCode(422)
                .body("reasons[0].code", equalTo("practitioner-inactive"));
        assertThat(Rows.countAll()).isEqualTo(beforeRules);
        assertThat(Rows.countAll().get("wait_list_entry")).isEqualTo(before.get("wait_list_entry"));
        assertThat(Rows.countAll().get("wait_list_offer")).isEqualTo(before.get("wait_list_offer"));
    }

    @Test
    void badQueriesAndUnknownIdsAreAnsweredWithProblems() {
        Map<String, Long> before = Rows.countAll();
        for (Map.Entry<String, String> query : Map.of("status", "MAYBE", "clientId", "not-a-uuid", "limit", "0",
                "cursor", "garbage").entrySet()) {
            given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam(query.getKey(), query.getValue())
                    .when().get(WAIT_LIST)
                    .then().statusCode(400).body("violations[0].field", equalTo(query.getKey()));
        }
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("status", "PENDING")
                .when().get(OFFERS).then().statusCode(400).body("violations[0].field", equalTo("status"));
        String unknown = UUID.randomUUID().toString();
        getEntry(unknown).then().statusCode(404);
        getEntry("not-a-uuid").then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(WAIT_LIST + "/" + unknown + "/offers")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(OFFERS + "/" + unknown)
                .then().statusCode(404);
        WaitListData.accept(unknown, "front-desk").then().statusCode(404);
        WaitListData.decline(unknown, "front-desk").then().statusCode(404);
        post(WAIT_LIST + "/" + unknown + "/withdrawal", "front-desk", Map.of("reason", "x")).then().statusCode(404);
        String entry = added(entry(PeerData.aClient(), aPractitioner().create(), 30, DAY, DAY));
        Map<String, Long> beforeWithdrawal = Rows.countAll();
        post(WAIT_LIST + "/" + entry + "/withdrawal", "front-desk", Map.of("reason", " ")).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        post(WAIT_LIST + "/" + entry + "/withdrawal", "front-desk", Map.of("reason", "x".repeat(501)))
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        post(WAIT_LIST + "/" + entry + "/withdrawal", "front-desk", Map.of("why", "x")).then().statusCode(400);
        assertThat(Rows.countAll()).isEqualTo(beforeWithdrawal);
        assertThat(before.get("wait_list_offer")).isEqualTo(Rows.countAll().get("wait_list_offer"));
        withdraw(entry);
    }

    @Test
    void theFrontDeskIntegrationsAndAdministratorsKeepTheWaitListAndNoOneElse() {
        String entry = added(entry(PeerData.aClient(), aPractitioner().create(), 30, DAY, DAY));
        Map<String, Object> body = entry(PeerData.aClient(), null, 30, DAY, DAY);
        Map<String, Long> before = Rows.countAll();
        for (String role : List.of("practitioner", "service")) {
            post(WAIT_LIST, role, body).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).when().get(WAIT_LIST).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).when().get(WAIT_LIST + "/" + entry).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).when().get(WAIT_LIST + "/" + entry + "/offers")
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).when().get(OFFERS).then().statusCode(403);
            post(WAIT_LIST + "/" + entry + "/withdrawal", role, Map.of("reason", "x")).then().statusCode(403);
            WaitListData.accept(UUID.randomUUID().toString(), role).then().statusCode(403);
            WaitListData.decline(UUID.randomUUID().toString(), role).then().statusCode(403);
        }
        given().when().get(WAIT_LIST).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).when().post(WAIT_LIST).then().statusCode(401);
        assertThat(Rows.countAll()).isEqualTo(before);
        for (String role : List.of("front-desk", "integration", "admin")) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get(WAIT_LIST + "/" + entry).then().statusCode(200);
            given().auth().oauth2(TestTokens.forRole(role)).queryParam("status", "OPEN").when().get(OFFERS)
                    .then().statusCode(200);
        }
        withdraw(entry);
    }

    @Test
    void theListIsInQueueOrderFilteredByClientAndStatusAndPaged() {
        String client = PeerData.aClient();
        String practitioner = aPractitioner().create();
        String first = added(entry(client, practitioner, 30, DAY, DAY));
        String second = added(entry(client, practitioner, 30, DAY.plusDays(1), DAY.plusDays(2)));
        String third = added(entry(client, null, 45, DAY.plusDays(3), DAY.plusDays(4)));
        added(entry(PeerData.aClient(), practitioner, 30, DAY, DAY));

        List<Map<String, Object>> mine = Pages.all(WAIT_LIST, 1, Map.of("clientId", client));
        assertThat(Pages.ids(mine)).containsExactly(first, second, third);

        // The second is withdrawn; the third's window passes (behind the service's back): it reads as EXPIRED.
        withdraw(second);
        Sql.update("UPDATE scheduling.wait_list_entry SET earliest_date = current_date - 3, "
                + "latest_date = current_date - 2 WHERE id = '" + third + "'");
        assertThat(Pages.ids(Pages.all(WAIT_LIST, 50, Map.of("clientId", client, "status", "ACTIVE"))))
                .containsExactly(first);
        assertThat(Pages.ids(Pages.all(WAIT_LIST, 50, Map.of("clientId", client, "status", "WITHDRAWN"))))
                .containsExactly(second);
        assertThat(Pages.ids(Pages.all(WAIT_LIST, 50, Map.of("clientId", client, "status", "EXPIRED"))))
                .containsExactly(third);
        assertThat(Pages.ids(Pages.all(WAIT_LIST, 50, Map.of("clientId", client, "status", "BOOKED")))).isEmpty();
        getEntry(third).then().body("status", equalTo("EXPIRED"));
        post(WAIT_LIST + "/" + third + "/withdrawal", "front-desk", Map.of("reason", "Too late"))
                .then().statusCode(409).body("currentStatus", equalTo("EXPIRED"));
        withdraw(first);
    }

    @Test
    void anEntryIsNotAddedWhenClientsServiceCannotConfirmTheClient() {
        String client = PeerData.aClient();
        Map<String, Object> body = entry(client, aPractitioner().create(), 30, DAY, DAY);
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("clients");
        try {
            post(WAIT_LIST, "front-desk", body).then().statusCode(503)
                    .body("type", equalTo("https://needlepoint.care/problems/dependency-unavailable"))
                    .body("detail", org.hamcrest.Matchers.containsString("clients-service"));
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            PeerServices.restart("clients");
        }
    }

    private static void withdraw(String entry) {
        post(WAIT_LIST + "/" + entry + "/withdrawal", "front-desk", Map.of("reason", "Test done"))
                .then().statusCode(200);
    }
}
