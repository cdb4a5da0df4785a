package care.needlepoint.scheduling.series;

import static care.needlepoint.scheduling.support.Fixtures.SERIES;
import static care.needlepoint.scheduling.support.Fixtures.SIX;
import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.Fixtures;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Moving, re-planning and cancelling sessions of a booked series, against real PostgreSQL and the real clients- and
 * treatments-service.
 */
@QuarkusTest
class SeriesChangeTest {

    /** A booked series of six for a new client, practitioner and room. */
    private record Booked(String id, String client, String practitioner, String room, List<String> appointments) {
    }

    private static Booked bookSix() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String client = PeerData.aTreatableClient();
        Response booked = Fixtures.bookedSeries(client, PeerData.aProtocol(45, "NONE", 0), practitioner, room);
        return new Booked(booked.path("id"), client, practitioner, room, booked.path("appointments.id"));
    }

    private static Response read(String id) {
        return given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + id);
    }

    private static String etag(String id) {
        return read(id).then().statusCode(200).extract().header("ETag");
    }

    private static Response post(String role, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(path);
    }

    private static Map<String, Object> move(int sequence, String startsAt, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", sequence);
        body.put("startsAt", startsAt);
        body.put("reason", reason);
        return body;
    }

    private static Map<String, Object> cancellation(Integer sequence, String scope) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (sequence != null) {
            body.put("sequence", sequence);
        }
        body.put("scope", scope);
        body.put("reason", "Client is moving away");
        return body;
    }

    private static List<String> statuses(String id) {
        return read(id).then().statusCode(200).extract().path("appointments.status");
    }

    @Test
    void aMoveThatKeepsTheSpacingIsAppliedThroughTheReschedulePath() {
        Booked series = bookSix();
        String etag = etag(series.id());
        Response moved = post("front-desk", SERIES + "/" + series.id() + "/moves", etag,
                move(6, "2027-06-28T10:00:00+01:00", "Client is travelling"))
                .then().statusCode(200)
                .body("appointments[5].id", equalTo(series.appointments().get(5)))
                .body("appointments[5].startsAt", equalTo("2027-06-28T09:00:00Z"))
                .body("appointments[4].startsAt", equalTo("2027-05-24T09:00:00Z"))
                .body("state", equalTo("ACTIVE"))
                .extract().response();
        assertThat(moved.header("ETag")).isNotEqualTo(etag);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + series.id() + "/changes")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("BOOKED", "MOVED")))
                .body("[1].sequences", equalTo(List.of(6)))
                .body("[1].reason", equalTo("Client is travelling"))
                .body("[1].moves[0].from", equalTo("2027-06-21T09:00:00Z"))
                .body("[1].moves[0].to", equalTo("2027-06-28T09:00:00Z"))
                .body("[1].changedBy", not(equalTo(null)));
        // The appointment's own history and the reschedule's audit apply, as for a single reschedule.
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/appointments/" + series.appointments().get(5) + "/status-history")
                .then().statusCode(200).body("items.reason", hasItem(containsString("rescheduled from")));
        // Moving the same session within its day keeps every spacing too, and the old ETag is stale now.
        post("front-desk", SERIES + "/" + series.id() + "/moves", etag,
                move(3, "2027-03-29T14:00:00+01:00", "Afternoon suits better")).then().statusCode(412);
        post("front-desk", SERIES + "/" + series.id() + "/moves", moved.header("ETag"),
                move(3, "2027-03-29T14:00:00+01:00", "Afternoon suits better")).then().statusCode(200)
                .body("appointments[2].startsAt", equalTo("2027-03-29T13:00:00Z"));
    }

    @Test
    void aMoveThatBreaksTheFollowingSpacingChangesNothingAndOffersAReplanToApplyWithTheEtag() {
        Booked series = bookSix();
        String etag = etag(series.id());
        Map<String, Long> before = Rows.countAll();
        Response conflict = post("front-desk", SERIES + "/" + series.id() + "/moves", etag,
                move(3, "2027-04-05T10:00:00+01:00", "Client is on holiday"))
                .then().statusCode(409)
                .body("sessionSequence", equalTo(4))
                .body("replan.etag", equalTo(etag))
                .body("replan.complete", equalTo(true))
                .body("replan.sessions.sequence", equalTo(List.of(3, 4, 5, 6)))
                .body("replan.sessions.plan", equalTo(List.of("REQUESTED", "MOVE", "MOVE", "MOVE")))
                // Same weekday, local time and practitioner as before, from the moved session on.
                .body("replan.sessions[1].slot.startsAt", equalTo("2027-05-03T10:00:00+01:00"))
                .body("replan.sessions[2].slot.startsAt", equalTo("2027-05-31T10:00:00+01:00"))
                .body("replan.sessions[3].slot.startsAt", equalTo("2027-06-28T10:00:00+01:00"))
                .body("replan.sessions[1].slot.practitionerId", equalTo(series.practitioner()))
                .body("replan.apply.sequence", equalTo(List.of(3, 4, 5, 6)))
                .extract().response();
        assertThat(Rows.countAll()).isEqualTo(before);
        assertThat(statuses(series.id())).containsOnly("BOOKED");
        read(series.id()).then().body("appointments[2].startsAt", equalTo("2027-03-29T09:00:00Z"));

        Map<String, Object> apply = new LinkedHashMap<>();
        apply.put("sessions", conflict.path("replan.apply"));
        apply.put("reason", "Client is on holiday");
        Response applied = post("front-desk", SERIES + "/" + series.id() + "/replans",
                conflict.path("replan.etag"), apply)
                .then().statusCode(200)
                .body("appointments.id", equalTo(series.appointments()))
                .body("appointments.status", everyItem(equalTo("BOOKED")))
                .body("appointments.startsAt", equalTo(List.of("2027-02-01T10:00:00Z", "2027-03-01T10:00:00Z",
                        "2027-04-05T09:00:00Z", "2027-05-03T09:00:00Z", "2027-05-31T09:00:00Z",
                        "2027-06-28T09:00:00Z")))
                .extract().response();
        assertThat(applied.header("ETag")).isNotEqualTo(etag);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + series.id() + "/changes")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("BOOKED", "REPLANNED")))
                .body("[1].sequences", equalTo(List.of(3, 4, 5, 6)))
                .body("[1].moves.from", equalTo(List.of("2027-03-29T09:00:00Z", "2027-04-26T09:00:00Z",
                        "2027-05-24T09:00:00Z", "2027-06-21T09:00:00Z")));
        // The same re-plan with the ETag it was computed against is now stale: nothing changes.
        Map<String, Long> afterApply = Rows.countAll();
        post("front-desk", SERIES + "/" + series.id() + "/replans", conflict.path("replan.etag"), apply)
                .then().statusCode(412);
        assertThat(Rows.countAll()).isEqualTo(afterApply);
    }

    @Test
    void cancellingThisAndFollowingLeavesEarlierSessionsAndFreesTheSlots() {
        Booked series = bookSix();
        Response cancelled = post("front-desk", SERIES + "/" + series.id() + "/cancellations", etag(series.id()),
                cancellation(4, "THIS_AND_FOLLOWING"))
                .then().statusCode(200)
                .body("appointments.status", equalTo(List.of("BOOKED", "BOOKED", "BOOKED", "CANCELLED",
                        "CANCELLED", "CANCELLED")))
                .body("appointments[3].cancellation.reason", equalTo("Client is moving away"))
                .body("state", equalTo("ACTIVE"))
                .body("openSequences", equalTo(List.of(4, 5, 6)))
                .extract().response();
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + series.id() + "/changes")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("BOOKED", "CANCELLED")))
                .body("[1].sequences", equalTo(List.of(4, 5, 6)))
                .body("[1].reason", equalTo("Client is moving away"));
        for (int k = 3; k < 6; k++) {
            given().auth().oauth2(TestTokens.forRole("front-desk"))
                    .when().get("/api/v1/appointments/" + series.appointments().get(k) + "/status-history")
                    .then().statusCode(200).body("items.to", equalTo(List.of("BOOKED", "CANCELLED")));
        }
        // Session 5's time is free again: another client can have the practitioner and room then.
        Booking.of(PeerData.aClient(), series.practitioner()).with("roomId", series.room())
                .with("startsAt", SIX.get(4)).book().then().statusCode(201);
        // Cancelling all remaining then cancels sessions 1-3 and ends the series.
        post("front-desk", SERIES + "/" + series.id() + "/cancellations", cancelled.header("ETag"),
                cancellation(null, "ALL_REMAINING"))
                .then().statusCode(200)
                .body("appointments.status", everyItem(equalTo("CANCELLED")))
                .body("state", equalTo("CANCELLED"));
    }

    @Test
    void aNoShowOfSessionThreeIsReplannedFromSessionTwoAndTheSeriesIsWholeAgain() {
        Booked series = bookSix();
        // Time passes: session 3 started ten minutes ago, sessions 1 and 2 lie 28 and 56 days before it.
        Sql.update("UPDATE scheduling.appointment a SET starts_at = a.starts_at - d.shift, "
                + "procedure_starts_at = a.procedure_starts_at - d.shift, procedure_ends_at = a.procedure_ends_at "
                + "- d.shift, room_free_at = a.room_free_at - d.shift FROM (SELECT starts_at - (now() - interval "
                + "'10 minutes') AS shift FROM scheduling.appointment WHERE id = '" + series.appointments().get(2)
                + "') d WHERE a.series_id = '" + series.id() + "'");
        for (int k = 0; k < 2; k++) {
            String id = series.appointments().get(k);
            given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                    .when().post("/api/v1/appointments/" + id + "/check-in").then().statusCode(200);
            given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                    .when().post("/api/v1/appointments/" + id + "/completion").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .when().post("/api/v1/appointments/" + series.appointments().get(2) + "/no-show")
                .then().statusCode(200);
        // Status never leaks: the no-show of session 3 leaves every other session as it was.
        read(series.id()).then().statusCode(200)
                .body("appointments.status", equalTo(List.of("COMPLETED", "COMPLETED", "NO_SHOW", "BOOKED",
                        "BOOKED", "BOOKED")))
                .body("openSequences", equalTo(List.of(3)))
                .body("state", equalTo("ACTIVE"));

        Map<String, Long> before = Rows.countAll();
        Response proposal = post("front-desk", SERIES + "/" + series.id() + "/replan-proposals", null,
                Map.of("fromSequence", 3))
                .then().statusCode(200)
                .body("complete", equalTo(true))
                .body("sessions.sequence", equalTo(List.of(3, 4, 5, 6)))
                .body("sessions[0].plan", equalTo("BOOK_AGAIN"))
                .body("sessions[0].currentStatus", equalTo("NO_SHOW"))
                .body("sessions[0].appointmentId", equalTo(series.appointments().get(2)))
                .extract().response();
        assertThat(Rows.countAll()).isEqualTo(before);
        List<String> plans = proposal.path("sessions.plan");
        assertThat(plans.subList(1, 4)).allMatch(p -> p.equals("KEEP") || p.equals("MOVE"));
        List<Object> apply = proposal.path("apply");
        assertThat(apply).hasSize(1 + (int) plans.stream().filter("MOVE"::equals).count());

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessions", apply);
        body.put("reason", "Session 3 missed");
        Response applied = post("front-desk", SERIES + "/" + series.id() + "/replans", proposal.path("etag"), body)
                .then().statusCode(200)
                .body("openSequences", equalTo(List.of()))
                .body("state", equalTo("ACTIVE"))
                .body("appointments.seriesSequence", equalTo(List.of(1, 2, 3, 3, 4, 5, 6)))
                .body("appointments.status", equalTo(List.of("COMPLETED", "COMPLETED", "NO_SHOW", "BOOKED",
                        "BOOKED", "BOOKED", "BOOKED")))
                .extract().response();
        String again = applied.path("appointments[3].id");
        assertThat(again).isNotIn(series.appointments());
        assertThat(java.time.Instant.parse(applied.path("appointments[3].startsAt")))
                .isEqualTo(java.time.OffsetDateTime.parse(proposal.path("sessions[0].slot.startsAt")).toInstant());
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + series.id() + "/changes")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("BOOKED", "REPLANNED")))
                .body("[1].moves[0].sequence", equalTo(3))
                .body("[1].moves[0].from", equalTo(null));
    }

    @Test
    void cancellingOneSessionLeavesEveryOtherAsItWas() {
        Booked series = bookSix();
        post("front-desk", SERIES + "/" + series.id() + "/cancellations", etag(series.id()),
                cancellation(2, "THIS"))
                .then().statusCode(200)
                .body("appointments.status", equalTo(List.of("BOOKED", "CANCELLED", "BOOKED", "BOOKED", "BOOKED",
                        "BOOKED")));
        // Cancelling it again is a conflict naming the session; nothing changes.
        Map<String, Long> before = Rows.countAll();
        post("front-desk", SERIES + "/" + series.id() + "/cancellations", etag(series.id()),
                cancellation(2, "THIS"))
                .then().statusCode(409).body("sessionSequence", equalTo(2)).body("currentStatus",
                        equalTo("CANCELLED"));
        assertThat(Rows.countAll()).isEqualTo(before);
    }

    @Test
    void badInputToEveryChangeIsRefusedAndChangesNothing() {
        Booked series = bookSix();
        String etag = etag(series.id());
        String base = SERIES + "/" + series.id();
        Map<String, Long> before = Rows.countAll();
        // If-Match missing, unreadable, stale.
        post("front-desk", base + "/moves", null, move(6, "2027-06-28T10:00:00+01:00", "x")).then().statusCode(428);
        post("front-desk", base + "/moves", "W/\"1\"", move(6, "2027-06-28T10:00:00+01:00", "x"))
                .then().statusCode(412);
        post("front-desk", base + "/moves", "\"999\"", move(6, "2027-06-28T10:00:00+01:00", "x"))
                .then().statusCode(412);
        // Moves: missing, wrong type, unknown field, out of range, too long, no offset, spacing to the one before.
        Map<String, Object> noSequence = move(6, "2027-06-28T10:00:00+01:00", "x");
        noSequence.remove("sequence");
        post("front-desk", base + "/moves", etag, noSequence).then().statusCode(400)
                .body("violations.field", hasItem("sequence"));
        Map<String, Object> wrongType = move(6, "2027-06-28T10:00:00+01:00", "x");
        wrongType.put("sequence", "six");
        post("front-desk", base + "/moves", etag, wrongType).then().statusCode(400)
                .body("violations.field", hasItem("sequence"));
        Map<String, Object> unknown = move(6, "2027-06-28T10:00:00+01:00", "x");
        unknown.put("colour", "blue");
        post("front-desk", base + "/moves", etag, unknown).then().statusCode(400);
        post("front-desk", base + "/moves", etag, move(13, "2027-06-28T10:00:00+01:00", "x")).then().statusCode(400)
                .body("violations.field", hasItem("sequence"));
        post("front-desk", base + "/moves", etag, move(7, "2027-06-28T10:00:00+01:00", "x")).then().statusCode(400)
                .body("violations.field", hasItem("sequence"));
        post("front-desk", base + "/moves", etag, move(6, "2027-06-28T10:00:00+01:00", "x".repeat(501)))
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        post("front-desk", base + "/moves", etag, move(6, "2027-06-28T10:00:00", "x")).then().statusCode(400)
                .body("violations.field", hasItem("startsAt"));
        post("front-desk", base + "/moves", etag, move(3, "2027-03-15T10:00:00Z", "x")).then().statusCode(422)
                .body("violations.field", hasItem("startsAt"))
                .body("reasons.code", hasItem("series-spacing"));
        post("front-desk", SERIES + "/" + UUID.randomUUID() + "/moves", etag,
                move(6, "2027-06-28T10:00:00+01:00", "x")).then().statusCode(404);
        // Cancellations: unknown scope, sequence missing or not allowed, reason missing.
        post("front-desk", base + "/cancellations", etag, cancellation(2, "SOME")).then().statusCode(400)
                .body("violations.field", hasItem("scope"));
        post("front-desk", base + "/cancellations", etag, cancellation(null, "THIS")).then().statusCode(400)
                .body("violations.field", hasItem("sequence"));
        post("front-desk", base + "/cancellations", etag, cancellation(2, "ALL_REMAINING")).then().statusCode(400)
                .body("violations.field", hasItem("sequence"));
        post("front-desk", base + "/cancellations", etag, Map.of("sequence", 2, "scope", "THIS"))
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        post("front-desk", base + "/cancellations", null, cancellation(2, "THIS")).then().statusCode(428);
        // Re-plans: empty, twice the same session, a sequence the series does not have, the spacing broken.
        post("front-desk", base + "/replans", etag, Map.of("sessions", List.of(), "reason", "x"))
                .then().statusCode(400).body("violations.field", hasItem("sessions"));
        Map<String, Object> six = Map.of("sequence", 6, "startsAt", "2027-06-28T10:00:00+01:00", "practitionerId",
                series.practitioner());
        post("front-desk", base + "/replans", etag, Map.of("sessions", List.of(six, six), "reason", "x"))
                .then().statusCode(400).body("violations.field", hasItem("sessions[1].sequence"));
        post("front-desk", base + "/replans", etag, Map.of("sessions", List.of(Map.of("sequence", 8, "startsAt",
                "2027-06-28T10:00:00+01:00", "practitionerId", series.practitioner())), "reason", "x"))
                .then().statusCode(400).body("violations.field", hasItem("sessions[0].sequence"));
        post("front-desk", base + "/replans", etag, Map.of("sessions", List.of(Map.of("sequence", 6, "startsAt",
                "2027-07-19T10:00:00+01:00", "practitionerId", series.practitioner())), "reason", "x"))
                .then().statusCode(422).body("violations.field", hasItem("sessions[0].startsAt"));
        post("front-desk", base + "/replans", etag, Map.of("sessions", List.of(six)))
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        // Proposals: out of range, wrong type, missing.
        post("front-desk", base + "/replan-proposals", null, Map.of("fromSequence", 0)).then().statusCode(400)
                .body("violations.field", hasItem("fromSequence"));
        post("front-desk", base + "/replan-proposals", null, Map.of("fromSequence", 7)).then().statusCode(400)
                .body("violations.field", hasItem("fromSequence"));
        post("front-desk", base + "/replan-proposals", null, Map.of("fromSequence", "three")).then().statusCode(400);
        post("front-desk", base + "/replan-proposals", null, Map.of()).then().statusCode(400)
                .body("violations.field", hasItem("fromSequence"));
        assertThat(Rows.countAll()).isEqualTo(before);
        assertThat(etag(series.id())).isEqualTo(etag);
    }

    @Test
    void frontDeskIntegrationAndAdminMayChangeASeriesPractitionersAndServicesMayNot() {
        Booked series = bookSix();
        String base = SERIES + "/" + series.id();
        String etag = etag(series.id());
        Map<String, Long> before = Rows.countAll();
        for (String role : List.of("practitioner", "service")) {
            post(role, base + "/moves", etag, move(6, "2027-06-28T10:00:00+01:00", "x")).then().statusCode(403);
            post(role, base + "/cancellations", etag, cancellation(6, "THIS")).then().statusCode(403);
            post(role, base + "/replans", etag, Map.of("sessions", List.of(Map.of("sequence", 6, "startsAt",
                    "2027-06-28T10:00:00+01:00", "practitionerId", series.practitioner())), "reason", "x"))
                    .then().statusCode(403);
            post(role, base + "/replan-proposals", null, Map.of("fromSequence", 6)).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).when().get(base).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).when().get(base + "/changes").then().statusCode(403);
        }
        given().when().get(base + "/changes").then().statusCode(401);
        assertThat(Rows.countAll()).isEqualTo(before);

        String moved = post("integration", base + "/moves", etag, move(6, "2027-06-28T10:00:00+01:00", "x"))
                .then().statusCode(200).extract().header("ETag");
        String cancelled = post("admin", base + "/cancellations", moved, cancellation(6, "THIS"))
                .then().statusCode(200).extract().header("ETag");
        post("integration", base + "/replan-proposals", null, Map.of("fromSequence", 6)).then().statusCode(200)
                .body("sessions[0].plan", equalTo("BOOK_AGAIN"));
        given().auth().oauth2(TestTokens.forRole("admin")).when().get(base + "/changes").then().statusCode(200)
                .body("kind", equalTo(List.of("BOOKED", "MOVED", "CANCELLED")));
        given().auth().oauth2(TestTokens.forRole("integration")).when().get(base).then().statusCode(200)
                .header("ETag", equalTo(cancelled));
    }
}
