package care.needlepoint.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The local database lives in the data directory: a restart keeps what was stored, does not load the demo data a
 * second time, and --reset starts afresh. Ctrl-C (SIGTERM) stops every process and frees every port.
 */
class RestartIT {

    @Test
    void aRestartKeepsTheDataAndResetClearsIt() throws Exception {
        Path data = RunningSystem.newDataDirectory();
        String clientId;
        int demoClients;
        try (RunningSystem first = RunningSystem.start(data)) {
            String token = first.token("front-desk");
            demoClients = countClients(first, token);
            clientId = given().baseUri(first.url(LocalService.CLIENTS)).auth().oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("givenName", "Kept", "familyName", "Acrossrestarts", "dateOfBirth", "1990-01-01",
                            "timeZone", "Europe/London"))
                    .when().post("/api/v1/clients")
                    .then().statusCode(201).extract().path("id");

            assertThat(first.stop(60)).as("stopped within 60 s of SIGTERM").isTrue();
            assertStopped(first);
        }

        try (RunningSystem second = RunningSystem.start(data)) {
            String token = second.token("front-desk");
            given().baseUri(second.url(LocalService.CLIENTS)).auth().oauth2(token)
                    .when().get("/api/v1/clients/" + clientId)
                    .then().statusCode(200).body("familyName", equalTo("Acrossrestarts"));
            assertThat(countClients(second, token)).isEqualTo(demoClients + 1);
            assertThat(second.output()).anyMatch(line -> line.contains("kept: it already has records"));
            second.stop(60);
        }

        try (RunningSystem reset = RunningSystem.start(data, "--reset")) {
            given().baseUri(reset.url(LocalService.CLIENTS)).auth().oauth2(reset.token("front-desk"))
                    .when().get("/api/v1/clients/" + clientId)
                    .then().statusCode(404);
            assertThat(countClients(reset, reset.token("front-desk"))).isEqualTo(demoClients);
        }
    }

    private static int countClients(RunningSystem system, String token) {
        List<?> items = given().baseUri(system.url(LocalService.CLIENTS)).auth().oauth2(token)
                .queryParam("limit", 200)
                .when().get("/api/v1/clients")
                .then().statusCode(200).extract().path("items");
        return items.size();
    }

    private static void assertStopped(RunningSystem system) {
        for (LocalService service : LocalService.values()) {
            assertThat(RunningSystem.portIsFree(service.port(system.basePort)))
                    .as("port of %s is free after stop", service.module()).isTrue();
        }
        assertThat(RunningSystem.portIsFree(system.postgresPort)).as("PostgreSQL port is free after stop").isTrue();
    }
}
