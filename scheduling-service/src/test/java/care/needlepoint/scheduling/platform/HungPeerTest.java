package care.needlepoint.scheduling.platform;

import static care.needlepoint.scheduling.support.Fixtures.SERIES;
import static care.needlepoint.scheduling.support.Fixtures.anOpenOffer;
import static care.needlepoint.scheduling.support.Fixtures.bookedSeries;
import static care.needlepoint.scheduling.support.Fixtures.post;
import static care.needlepoint.scheduling.support.PractitionerBuilder.aPractitioner;
import static care.needlepoint.scheduling.support.RoomBuilder.aRoom;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.PeerServices;
import care.needlepoint.devkit.testing.SilentPeer;
import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.scheduling.support.PeerData;
import care.needlepoint.scheduling.support.Rows;
import care.needlepoint.scheduling.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Requests waiting on a hung treatments-service hold none of the pool's database connections, beyond the bookings
 * that SeriesBookingTest covers: the series' changes and plans, the availability search, and the wait list. A peer
 * that never answers keeps each request waiting for the read timeout; while they all wait, none may hold a
 * connection, or a hung peer would starve every other request of this service.
 */
@QuarkusTest
class HungPeerTest {

    /** A Wednesday between the series' sessions, for the wait list's freed time. */
    private static final LocalDate FREED = LocalDate.of(2027, 3, 10);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void seriesChangesPlansSearchesAndTheWaitListWaitingOnAHungPeerHoldNoDatabaseConnection() throws Exception {
        String practitioner = aPractitioner().create();
        String room = aRoom().create();
        String seriesProtocol = PeerData.aProtocol(45, "NONE", 0);
        Response booked = bookedSeries(PeerData.aTreatableClient(), seriesProtocol, practitioner, room);
        String series = booked.path("id");
        String etag = booked.header("ETag");
        String offer = anOpenOffer(practitioner, room, FREED);
        // Never asked for by this service yet, so that the availability search must ask treatments-service for it.
        String unseenProtocol = PeerData.aProtocol(30, "NONE", 0);

        int port = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.treatments-service.url",
                String.class)).getPort();
        Map<String, Long> before = Rows.countAll();
        PeerServices.stop("treatments");
        ExecutorService desks = Executors.newFixedThreadPool(7);
        try (SilentPeer silent = SilentPeer.on(port)) {
            Map<String, Object> move = new LinkedHashMap<>();
            move.put("sequence", 6);
            move.put("startsAt", "2027-06-28T10:00:00+01:00");
            move.put("reason", "Client is travelling");
            Map<String, Object> replan = new LinkedHashMap<>();
            replan.put("sessions", List.of(Map.of("sequence", 6, "startsAt", "2027-06-28T10:00:00+01:00",
                    "practitionerId", practitioner, "roomId", room)));
            replan.put("reason", "Client is travelling");
            Map<String, Object> proposal = new LinkedHashMap<>();
            proposal.put("clientId", UUID.randomUUID().toString());
            proposal.put("protocolId", seriesProtocol);
            proposal.put("sessionCount", 4);
            proposal.put("firstDate", "2027-02-01");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("clientId", PeerData.aTreatableClient());
            entry.put("protocolId", seriesProtocol);
            entry.put("earliestDate", FREED.toString());
            entry.put("latestDate", FREED.plusDays(7).toString());
            entry.put("practitionerId", practitioner);

            Map<String, Callable<Response>> requests = new LinkedHashMap<>();
            requests.put("moveSeriesSession", () -> post(SERIES + "/" + series + "/moves", etag, move));
            requests.put("applySeriesReplan", () -> post(SERIES + "/" + series + "/replans", etag, replan));
            requests.put("proposeSeriesReplan", () -> post(SERIES + "/" + series + "/replan-proposals", null,
                    Map.of("fromSequence", 5)));
            requests.put("proposeSeries", () -> post("/api/v1/series-proposals", null, proposal));
            requests.put("searchAvailability", () -> given().auth().oauth2(TestTokens.forRole("front-desk"))
                    .queryParam("protocolId", unseenProtocol).queryParam("practitionerId", practitioner)
                    .queryParam("from", "2027-04-05").queryParam("to", "2027-04-09")
                    .when().get("/api/v1/availability"));
            requests.put("addWaitListEntry", () -> post("/api/v1/wait-list", null, entry));
            requests.put("acceptWaitListOffer", () -> given().auth().oauth2(TestTokens.forRole("front-desk"))
                    .when().post("/api/v1/wait-list-offers/" + offer + "/acceptance"));
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> request : requests.values()) {
                answers.add(desks.submit(request));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (silent.connections() < requests.size() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(silent.connections()).as("requests waiting on the silent peer")
                    .isGreaterThanOrEqualTo(requests.size());
            // Every request is waiting for treatments-service now, its own reads done: none may hold a connection,
            // and PostgreSQL sees no transaction of this service left open.
            assertThat(dataSource.getMetrics().activeCount()).as("pooled connections in use").isZero();
            assertThat(Sql.single("SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' "
                    + "AND usename = '" + ConfigProvider.getConfig().getValue("quarkus.datasource.username",
                            String.class) + "'"))
                    .as("transactions of this service open in PostgreSQL").isEqualTo("0");
            int i = 0;
            for (String operation : requests.keySet()) {
                Response answer = answers.get(i++).get();
                assertThat(answer.statusCode()).as(operation + " answered " + answer.asString()).isEqualTo(503);
                assertThat(answer.jsonPath().getString("type")).as(operation)
                        .isEqualTo("https://needlepoint.care/problems/dependency-unavailable");
            }
            assertThat(Rows.countAll()).isEqualTo(before);
        } finally {
            desks.shutdownNow();
            PeerServices.restart("treatments");
        }
    }
}
