package care.needlepoint.scheduling.platform;

import static care.needlepoint.scheduling.support.Fixtures.SERIES;
import static care.needlepoint.scheduling.support.Fixtures.anOpenOffer;
import static care.needlepoint.scheduling.support.Fixtures.post;
import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.appointment.domain.Caller;
import care.needlepoint.scheduling.series.api.SeriesMoveFields;
import care.needlepoint.scheduling.series.api.SeriesReplanFields;
import care.needlepoint.scheduling.series.domain.SeriesChangeService;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.Fixtures;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.Sql;
import care.needlepoint.scheduling.waitlist.domain.WaitListService;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What a request checked with no transaction open (asking clients- and treatments-service) can change before it is
 * written: the write refuses, and stores nothing, when the record it checked is no longer as it was. The checks and
 * the write are called one after the other here, with the change made in between through the API, which is the
 * window a slow peer opens.
 */
@QuarkusTest
class ChangedWhileCheckedTest {

    private static final Caller DESK = new Caller("front-desk-test", false, false);

    @Inject
    SeriesChangeService seriesChanges;

    @Inject
    WaitListService waitList;

    @Inject
    AppointmentService appointments;

    @Test
    void aSeriesChangedWhileAMoveWasCheckedIsA412AndTheMoveIsNotMade() {
        Response series = bookedSeries();
        UUID id = UUID.fromString(series.path("id"));
        long revision = revisionOf(series);
        SeriesChangeService.CheckedSeriesMove checked = seriesChanges.checkMove(id, new SeriesMoveFields(6,
                OffsetDateTime.parse("2027-06-28T10:00:00+01:00"), null, null, "Client is travelling"), revision,
                DESK);
        cancelSession(id, 2, revision);
        Map<String, Long> before = Rows.countAll();

        HttpProblem refused = catchThrowableOfType(() -> seriesChanges.move(checked, DESK), HttpProblem.class);

        assertThat(refused.getStatusCode()).isEqualTo(412);
        assertThat(Rows.countAll()).isEqualTo(before);
        read(id).then().statusCode(200).body("appointments[5].startsAt", equalTo("2027-06-21T09:00:00Z"));
    }

    @Test
    void aSeriesChangedWhileAReplanWasCheckedIsA412AndNothingIsReplanned() {
        Response series = bookedSeries();
        UUID id = UUID.fromString(series.path("id"));
        long revision = revisionOf(series);
        UUID practitioner = UUID.fromString(series.path("appointments[0].practitionerId"));
        UUID room = UUID.fromString(series.path("appointments[0].roomId"));
        SeriesChangeService.CheckedReplan checked = seriesChanges.checkReplan(id, new SeriesReplanFields(List.of(
                new SeriesReplanFields.Session(5, OffsetDateTime.parse("2027-05-31T10:00:00+01:00"), practitioner,
                        room),
                new SeriesReplanFields.Session(6, OffsetDateTime.parse("2027-06-28T10:00:00+01:00"), practitioner,
                        room)), "Client is travelling"), revision, DESK);
        cancelSession(id, 2, revision);
        Map<String, Long> before = Rows.countAll();

        HttpProblem refused = catchThrowableOfType(() -> seriesChanges.applyReplan(checked, DESK),
                HttpProblem.class);

        assertThat(refused.getStatusCode()).isEqualTo(412);
        assertThat(Rows.countAll()).isEqualTo(before);
        read(id).then().statusCode(200)
                .body("appointments[4].startsAt", equalTo("2027-05-24T09:00:00Z"))
                .body("appointments[5].startsAt", equalTo("2027-06-21T09:00:00Z"));
    }

    @Test
    void anOfferDeclinedWhileItsAcceptanceWasCheckedIsA409AndNothingIsBooked() {
        String offer = anOpenOffer(aPractitioner().create(), aRoom().create(), LocalDate.of(2027, 3, 17));
        String waiting = given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/wait-list-offers/" + offer).then().statusCode(200).extract().path("entryId");
        WaitListService.CheckedAcceptance checked = waitList.check(UUID.fromString(offer), false, DESK);
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().post("/api/v1/wait-list-offers/" + offer + "/decline").then().statusCode(200);
        Map<String, Long> before = Rows.countAll();

        HttpProblem refused = catchThrowableOfType(() -> waitList.accept(checked, DESK), HttpProblem.class);

        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(refused.getParameters()).containsEntry("currentStatus", "DECLINED");
        assertThat(Rows.countAll()).isEqualTo(before);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get("/api/v1/wait-list/" + waiting)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aHoldChangedWhileItsConfirmationWasCheckedIsA409AndStaysAHold() {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String hold = Booking.of(PeerData.aTreatableClient(), practitioner).with("roomId", room)
                .with("protocolId", PeerData.aProtocol(30, "NONE", 0)).without("durationMinutes")
                .with("startsAt", Booking.at(LocalDate.of(2027, 3, 18), "10:00")).hold()
                .then().statusCode(201).extract().path("id");
        AppointmentService.CheckedConfirmation checked = appointments.checkConfirmation(UUID.fromString(hold), DESK);
        // What a concurrent change to the hold leaves behind: a new version of the row.
        Sql.update("UPDATE scheduling.appointment SET version = version + 1 WHERE id = '" + hold + "'");
        Map<String, Long> before = Rows.countAll();

        HttpProblem refused = catchThrowableOfType(() -> appointments.confirm(checked, DESK), HttpProblem.class);

        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(refused.getDetail()).contains("changed while it was being confirmed");
        assertThat(Rows.countAll()).isEqualTo(before);
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get("/api/v1/appointments/" + hold)
                .then().statusCode(200).body("status", equalTo("HELD"));
    }

    private static Response bookedSeries() {
        return Fixtures.bookedSeries(PeerData.aTreatableClient(), PeerData.aProtocol(45, "NONE", 0),
                aPractitioner().create(), aRoom().create());
    }

    private static long revisionOf(Response series) {
        return Long.parseLong(series.header("ETag").replace("\"", ""));
    }

    private static void cancelSession(UUID series, int sequence, long revision) {
        post(SERIES + "/" + series + "/cancellations", "\"" + revision + "\"",
                Map.of("sequence", sequence, "scope", "THIS", "reason", "Client is unwell"))
                .then().statusCode(200);
    }

    private static Response read(UUID series) {
        return given().auth().oauth2(TestTokens.forRole("front-desk")).when().get(SERIES + "/" + series);
    }
}
