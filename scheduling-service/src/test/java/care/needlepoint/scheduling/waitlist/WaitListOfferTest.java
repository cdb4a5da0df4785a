package care.needlepoint.scheduling.waitlist;

import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static care.needlepoint.scheduling.waitlist.WaitListData.OFFERS;
import static care.needlepoint.scheduling.waitlist.WaitListData.accept;
import static care.needlepoint.scheduling.waitlist.WaitListData.added;
import static care.needlepoint.scheduling.waitlist.WaitListData.booked;
import static care.needlepoint.scheduling.waitlist.WaitListData.cancel;
import static care.needlepoint.scheduling.waitlist.WaitListData.decline;
import static care.needlepoint.scheduling.waitlist.WaitListData.entry;
import static care.needlepoint.scheduling.waitlist.WaitListData.getEntry;
import static care.needlepoint.scheduling.waitlist.WaitListData.offersOf;
import static care.needlepoint.scheduling.waitlist.WaitListData.onlyOfferOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.Booking;
import care.needlepoint.scheduling.support.Pages;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Sql;
import care.needlepoint.scheduling.waitlist.domain.WaitListService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Offers of freed time to the wait list, over the API against real PostgreSQL and the real peers: a cancellation or
 * a move offers the slot to the first fitting entry in queue order; accepting books it through the booking path;
 * declining, lapsing, withdrawing and losing the slot to another booking pass it on. Each test has its own
 * practitioner and dates, so no test sees another's entries.
 */
@QuarkusTest
class WaitListOfferTest {

    @Inject
    WaitListService waitList;

    @Test
    void aCancellationIsOfferedToTheFirstEntryInQueueOrderAndAcceptingBooksIt() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        String practitioner = aPractitioner().create();
        String first = PeerData.aClient();
        String firstEntry = added(entry(first, practitioner, 30, day.minusDays(3), day.plusDays(3)));
        String secondEntry = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        String appointment = booked(PeerData.aClient(), practitioner, day, "10:00", 30);

        cancel(appointment);

        Map<String, Object> offer = onlyOfferOf(firstEntry);
        assertThat(offer).containsEntry("status", "OPEN").containsEntry("clientId", first)
                .containsEntry("practitionerId", practitioner).containsEntry("releasedAppointmentId", appointment)
                .containsEntry("startsAt", "2027-03-01T10:00:00Z").containsEntry("freeUntil", "2027-03-01T10:30:00Z");
        // The configured two hours to answer (the slot starts much later).
        assertThat(Duration.between(Instant.parse((String) offer.get("createdAt")),
                Instant.parse((String) offer.get("expiresAt")))).isEqualTo(Duration.ofHours(2));
        assertThat(offersOf(secondEntry)).isEmpty();
        String offerId = (String) offer.get("id");
        assertThat(Pages.ids(Pages.all(OFFERS, 200, Map.of("status", "OPEN")))).contains(offerId);

        String key = UUID.randomUUID().toString();
        String booking = given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .when().post(OFFERS + "/" + offerId + "/acceptance")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/appointments/"))
                .body("status", equalTo("BOOKED"))
                .body("clientId", equalTo(first))
                .body("practitionerId", equalTo(practitioner))
                .body("startsAt", equalTo("2027-03-01T10:00:00Z"))
                .extract().path("id");
        // A retry with the same key gets the same answer and books nothing more.
        given().auth().oauth2(TestTokens.forRole("front-desk")).header("Idempotency-Key", key)
                .when().post(OFFERS + "/" + offerId + "/acceptance")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(booking));
        given().auth().oauth2(TestTokens.forRole("front-desk"))
                .when().get("/api/v1/appointments/" + booking)
                .then().statusCode(200).body("status", equalTo("BOOKED"));
        assertThat(onlyOfferOf(firstEntry)).containsEntry("status", "ACCEPTED").containsEntry("appointmentId", booking);
        getEntry(firstEntry).then().statusCode(200).body("status", equalTo("BOOKED"))
                .body("appointmentId", equalTo(booking));
        getEntry(secondEntry).then().body("status", equalTo("ACTIVE"));
        assertThat(offersOf(secondEntry)).isEmpty();
        // Accepting twice is a conflict naming what the offer is now.
        accept(offerId, "front-desk").then().statusCode(409).body("currentStatus", equalTo("ACCEPTED"));
    }

    @Test
    void aDeclinedOfferPassesTheSlotToTheNextEntryAndTheDecliningEntryKeepsWaiting() {
        LocalDate day = LocalDate.of(2027, 3, 2);
        String practitioner = aPractitioner().create();
        String firstEntry = added(entry(PeerData.aClient(), practitioner, 30, day, day.plusDays(7)));
        // No practitioner named: any practitioner's slot on this day will do.
        String secondEntry = added(entry(PeerData.aClient(), null, 30, day, day));
        cancel(booked(PeerData.aClient(), practitioner, day, "11:00", 30));
        String offer = (String) onlyOfferOf(firstEntry).get("id");

        decline(offer, "integration").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("closedAt", org.hamcrest.Matchers.notNullValue());

        Map<String, Object> next = onlyOfferOf(secondEntry);
        assertThat(next).containsEntry("status", "OPEN").containsEntry("startsAt", "2027-03-02T11:00:00Z")
                .containsEntry("practitionerId", practitioner);
        getEntry(firstEntry).then().body("status", equalTo("ACTIVE"));
        assertThat(offersOf(firstEntry)).hasSize(1);
        decline(offer, "front-desk").then().statusCode(409).body("currentStatus", equalTo("DECLINED"));
        // The last entry declines too: nobody else fits, so the slot is simply free.
        decline((String) next.get("id"), "admin").then().statusCode(200);
        assertThat(offersOf(firstEntry)).hasSize(1);
        assertThat(offersOf(secondEntry)).hasSize(1);
    }

    @Test
    void aLapsedOfferExpiresOnReadOrByTheSweepAndTheSlotPassesOn() {
        LocalDate day = LocalDate.of(2027, 3, 3);
        String practitioner = aPractitioner().create();
        String a = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        String b = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        String c = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        String d = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        cancel(booked(PeerData.aClient(), practitioner, day, "12:00", 30));

        // Time passes for a's offer (behind the service's back, as for holds): the next read expires it.
        lapse(a);
        Map<String, Object> lapsed = onlyOfferOf(a);
        assertThat(lapsed).containsEntry("status", "EXPIRED").containsEntry("closedBy", "scheduling-service");
        accept((String) lapsed.get("id"), "front-desk").then().statusCode(409)
                .body("currentStatus", equalTo("EXPIRED"));
        assertThat(onlyOfferOf(b)).containsEntry("status", "OPEN");

        // Nobody reads: the sweep expires b's offer and offers the slot to c.
        lapse(b);
        waitList.expireLapsedOffers();
        assertThat(Sql.single("SELECT status FROM scheduling.wait_list_offer WHERE entry_id = '" + b + "'"))
                .isEqualTo("EXPIRED");
        assertThat(Sql.single("SELECT status FROM scheduling.wait_list_offer WHERE entry_id = '" + c + "'"))
                .isEqualTo("OPEN");

        // Accepting an offer that lapsed but was not yet expired: refused, and the expiry is kept and passed on.
        lapse(c);
        String cOffer = Sql.single("SELECT id FROM scheduling.wait_list_offer WHERE entry_id = '" + c + "'");
        accept(cOffer, "front-desk").then().statusCode(409).body("currentStatus", equalTo("EXPIRED"));
        assertThat(Sql.single("SELECT status FROM scheduling.wait_list_offer WHERE id = '" + cOffer + "'"))
                .isEqualTo("EXPIRED");
        assertThat(onlyOfferOf(d)).containsEntry("status", "OPEN");
        assertThat(offersOf(a)).hasSize(1);
    }

    @Test
    void timeThatFitsNoEntryIsOfferedToNobodyAndTheCancellationStillSucceeds() {
        LocalDate day = LocalDate.of(2027, 3, 4);
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String otherPractitioner = added(entry(PeerData.aClient(), aPractitioner().create(), 30, day, day));
        String tooLong = added(entry(PeerData.aClient(), practitioner, 45, day, day));
        String otherDays = added(entry(PeerData.aClient(), practitioner, 30, day.plusDays(1), day.plusDays(5)));
        Map<String, Object> afternoon = entry(PeerData.aClient(), practitioner, 30, day, day);
        afternoon.put("preferredTimeFrom", "14:00");
        afternoon.put("preferredTimeTo", "17:00");
        String wantsAfternoon = added(afternoon);
        // A treatment needs a room; the freed time has none.
        Map<String, Object> treatment = entry(PeerData.aClient(), practitioner, 30, day, day);
        treatment.remove("durationMinutes");
        treatment.put("protocolId", PeerData.aProtocol(20, "NONE", 0));
        String needsRoom = added(treatment);
        String appointment = booked(PeerData.aClient(), practitioner, day, "10:00", 30);
        String offers = Sql.single("SELECT count(*) FROM scheduling.wait_list_offer");

        cancel(appointment);

        assertThat(Sql.single("SELECT count(*) FROM scheduling.wait_list_offer")).isEqualTo(offers);
        for (String entry : List.of(otherPractitioner, tooLong, otherDays, wantsAfternoon, needsRoom)) {
            assertThat(offersOf(entry)).as("offers of entry %s", entry).isEmpty();
        }
        given().auth().oauth2(TestTokens.forRole("front-desk")).when().get("/api/v1/appointments/" + appointment)
                .then().body("status", equalTo("CANCELLED"));
        // A practitioner nobody waits for: the cancellation succeeds and offers nothing.
        String alone = aPractitioner().create();
        String lonely = Booking.of(PeerData.aClient(), alone).with("roomId", room)
                .with("startsAt", Booking.at(day, "15:00")).booked();
        cancel(lonely);
        assertThat(Sql.single("SELECT count(*) FROM scheduling.wait_list_offer")).isEqualTo(offers);
    }

    @Test
    void numbingCountsWhenFittingATreatmentAndAcceptingChecksEligibility() {
        LocalDate day = LocalDate.of(2027, 3, 5);
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        // 30 minutes of procedure; numbing (30) required above 1.00 mm.
        String protocol = PeerData.aProtocol(30, "REQUIRED_ABOVE_DEPTH", 30);
        Map<String, Object> deep = entry(PeerData.aTreatableClient(), practitioner, 30, day, day);
        deep.remove("durationMinutes");
        deep.put("protocolId", protocol);
        deep.put("plannedDepthMm", 1.5);
        String needsNumbing = added(deep);
        getEntry(needsNumbing).then().body("numbingMinutes", equalTo(30)).body("procedureMinutes", equalTo(30));
        String shallowClient = PeerData.aTreatableClient();
        Map<String, Object> shallow = entry(shallowClient, practitioner, 30, day, day);
        shallow.remove("durationMinutes");
        shallow.put("protocolId", protocol);
        shallow.put("plannedDepthMm", 0.5);
        String noNumbing = added(shallow);
        // 45 minutes with a room: free 10:00-11:00 with turnover. 30 + 30 + 15 does not fit; 30 + 15 does.
        String appointment = Booking.of(PeerData.aClient(), practitioner).with("roomId", room)
                .with("durationMinutes", 45).with("startsAt", Booking.at(day, "10:00")).booked();

        cancel(appointment);

        assertThat(offersOf(needsNumbing)).isEmpty();
        Map<String, Object> offer = onlyOfferOf(noNumbing);
        assertThat(offer).containsEntry("roomId", room).containsEntry("freeUntil", "2027-03-05T11:00:00Z");
        accept((String) offer.get("id"), "integration").then().statusCode(201)
                .body("clientId", equalTo(shallowClient))
                .body("protocolId", equalTo(protocol))
                .body("roomId", equalTo(room))
                .body("numbing", equalTo(false))
                .body("plannedDepthMm", equalTo(0.5f))
                .body("roomFreeAt", equalTo("2027-03-05T10:45:00Z"));
    }

    @Test
    void aWarningIsAcknowledgedWhenAccepting() {
        LocalDate day = LocalDate.of(2027, 3, 12);
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String protocol = PeerData.aProtocol(30, "NONE", 0);
        String client = PeerData.aTreatableClient();
        PeerData.recordScreening(client, Map.of("herpesSimplexHistory", true));
        Map<String, Object> fields = entry(client, practitioner, 30, day, day);
        fields.remove("durationMinutes");
        fields.put("protocolId", protocol);
        String waiting = added(fields);
        String appointment = Booking.of(PeerData.aClient(), practitioner).with("roomId", room)
                .with("durationMinutes", 45).with("startsAt", Booking.at(day, "10:00")).booked();
        cancel(appointment);
        String offerId = (String) onlyOfferOf(waiting).get("id");

        // Without the client's agreement to the warning nothing is booked and the offer stays open.
        accept(offerId, "front-desk").then().statusCode(422).body("outcome", equalTo("WARN"))
                .body("reasons[0].code", equalTo("contraindication.herpes-simplex-history"));
        assertThat(onlyOfferOf(waiting)).containsEntry("status", "OPEN");
        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("acknowledgeWarnings", "yes")
                .when().post(OFFERS + "/" + offerId + "/acceptance")
                .then().statusCode(400).body("violations[0].field", equalTo("acknowledgeWarnings"));
        assertThat(onlyOfferOf(waiting)).containsEntry("status", "OPEN");

        given().auth().oauth2(TestTokens.forRole("front-desk")).queryParam("acknowledgeWarnings", true)
                .when().post(OFFERS + "/" + offerId + "/acceptance")
                .then().statusCode(201).body("clientId", equalTo(client))
                .body("warningsAcknowledged", equalTo(true));
        assertThat(onlyOfferOf(waiting)).containsEntry("status", "ACCEPTED");
    }

    @Test
    void aRescheduleOffersTheTimeItLeaves() {
        LocalDate day = LocalDate.of(2027, 3, 8);
        String practitioner = aPractitioner().create();
        String waiting = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        String appointment = booked(PeerData.aClient(), practitioner, day, "09:30", 30);

        given().auth().oauth2(TestTokens.forRole("front-desk")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("startsAt", Booking.at(day, "15:00")))
                .when().post("/api/v1/appointments/" + appointment + "/reschedule")
                .then().statusCode(200);

        assertThat(onlyOfferOf(waiting)).containsEntry("startsAt", "2027-03-08T09:30:00Z")
                .containsEntry("releasedAppointmentId", appointment);
    }

    @Test
    void anOfferWhoseTimeWasBookedMeanwhileIsTakenAndWhatIsLeftPassesOn() {
        LocalDate day = LocalDate.of(2027, 3, 9);
        String practitioner = aPractitioner().create();
        String hour = added(entry(PeerData.aClient(), practitioner, 60, day, day));
        String halfHourClient = PeerData.aClient();
        String halfHour = added(entry(halfHourClient, practitioner, 30, day, day));
        cancel(booked(PeerData.aClient(), practitioner, day, "10:00", 60));
        String offer = (String) onlyOfferOf(hour).get("id");
        // An offer does not hold the slot: someone books its second half directly.
        String taker = booked(PeerData.aClient(), practitioner, day, "10:30", 30);

        accept(offer, "front-desk").then().statusCode(409)
                .body("offerStatus", equalTo("TAKEN"))
                .body("conflicts[0].with", equalTo("PRACTITIONER"))
                .body("conflicts[0].appointmentId", equalTo(taker));

        assertThat(onlyOfferOf(hour)).containsEntry("status", "TAKEN").containsEntry("appointmentId", null);
        getEntry(hour).then().body("status", equalTo("ACTIVE")).body("appointmentId", nullValue());
        // 10:00-10:30 is still free: the next entry gets it and books it.
        Map<String, Object> next = onlyOfferOf(halfHour);
        assertThat(next).containsEntry("startsAt", "2027-03-09T10:00:00Z");
        accept((String) next.get("id"), "front-desk").then().statusCode(201)
                .body("clientId", equalTo(halfHourClient))
                .body("endsAt", equalTo("2027-03-09T10:30:00Z"));
    }

    @Test
    void aWithdrawnEntryLosesItsOpenOfferToTheNextEntry() {
        LocalDate day = LocalDate.of(2027, 3, 10);
        String practitioner = aPractitioner().create();
        String first = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        String second = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        cancel(booked(PeerData.aClient(), practitioner, day, "16:00", 30));
        assertThat(onlyOfferOf(first)).containsEntry("status", "OPEN");

        WaitListData.post(WaitListData.WAIT_LIST + "/" + first + "/withdrawal", "front-desk",
                Map.of("reason", "Booked elsewhere"))
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("Booked elsewhere"))
                .body("withdrawnAt", org.hamcrest.Matchers.notNullValue());

        assertThat(onlyOfferOf(first)).containsEntry("status", "WITHDRAWN");
        assertThat(onlyOfferOf(second)).containsEntry("status", "OPEN")
                .containsEntry("startsAt", "2027-03-10T16:00:00Z");
        WaitListData.post(WaitListData.WAIT_LIST + "/" + first + "/withdrawal", "front-desk",
                Map.of("reason", "Again"))
                .then().statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
    }

    @Test
    void anEntryHasAtMostOneOpenOfferAtATime() {
        LocalDate day = LocalDate.of(2027, 3, 11);
        String practitioner = aPractitioner().create();
        String only = added(entry(PeerData.aClient(), practitioner, 30, day, day));
        String first = booked(PeerData.aClient(), practitioner, day, "10:00", 30);
        String second = booked(PeerData.aClient(), practitioner, day, "11:00", 30);

        cancel(first);
        cancel(second);

        assertThat(onlyOfferOf(only)).containsEntry("releasedAppointmentId", first);
        // The second slot found the entry busy with an offer and nobody else waiting: it stays free, unoffered.
        decline((String) onlyOfferOf(only).get("id"), "front-desk").then().statusCode(200);
        assertThat(offersOf(only)).hasSize(1);
    }

    private static void lapse(String entry) {
        assertThat(Sql.update("UPDATE scheduling.wait_list_offer SET expires_at = now() - interval '1 minute' "
                + "WHERE entry_id = '" + entry + "' AND status = 'OPEN'")).isEqualTo(1);
    }
}
