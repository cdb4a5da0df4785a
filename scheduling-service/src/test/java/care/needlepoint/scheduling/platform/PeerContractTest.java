package care.needlepoint.scheduling.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Every operation the peer clients call exists, with the fields they read, in the other services' committed OpenAPI
 * documents: a rename there fails this build instead of a booking in production.
 */
class PeerContractTest {

    private static JsonNode contract(String service) throws IOException {
        // Tests run in the module's directory; the contracts live at the repository root.
        Path file = Path.of("..", "docs", "api", service + ".json");
        return new ObjectMapper().readTree(Files.readString(file));
    }

    @Test
    void clientsServiceHasBookingFactsWithTheFieldsWeRead() throws IOException {
        JsonNode clients = contract("clients-service");
        assertThat(clients.at("/paths/~1api~1v1~1clients~1{clientId}~1booking-facts/get/operationId").asText())
                .isEqualTo("getBookingFacts");
        JsonNode facts = clients.at("/components/schemas/BookingFacts/properties");
        assertThat(facts.has("clientId") && facts.has("status") && facts.has("bookable") && facts.has("validConsents"))
                .isTrue();
        // A series notes which sessions lie after the screening expires.
        assertThat(facts.has("screening")).isTrue();
        assertThat(clients.at("/components/schemas/Screening/properties").has("expiresAt")).isTrue();
    }

    @Test
    void treatmentsServiceHasProtocolsWithTheFieldsWeRead() throws IOException {
        JsonNode treatments = contract("treatments-service");
        assertThat(treatments.at("/paths/~1api~1v1~1protocols~1{id}/get/operationId").asText())
                .isEqualTo("getProtocol");
        JsonNode numbing = treatments.at("/components/schemas/Numbing/properties");
        assertThat(numbing.has("policy") && numbing.has("requiredAboveDepthMm") && numbing.has("minimumDwellMinutes"))
                .isTrue();
        JsonNode protocol = treatments.at("/components/schemas/Protocol/properties");
        assertThat(protocol.has("spacingDays") && protocol.has("sessions")).isTrue();
    }

    @Test
    void treatmentsServiceHasSeriesEligibilityWithTheFieldsWeRead() throws IOException {
        JsonNode treatments = contract("treatments-service");
        JsonNode operation = treatments.at("/paths/~1api~1v1~1eligibility~1series/get");
        assertThat(operation.at("/operationId").asText()).isEqualTo("checkSeriesEligibility");
        assertThat(operation.at("/parameters").findValuesAsText("name")).contains("clientId", "protocolId", "on");
        assertThat(treatments.at("/components/schemas/SeriesEligibility/properties").has("protocolVersion")).isTrue();
        JsonNode verdict = treatments.at("/components/schemas/DateEligibility/properties");
        assertThat(verdict.has("on") && verdict.has("outcome") && verdict.has("findings")).isTrue();
    }

    @Test
    void treatmentsServiceHasCoursesWithTheFieldsWeRead() throws IOException {
        JsonNode treatments = contract("treatments-service");
        assertThat(treatments.at("/paths/~1api~1v1~1courses~1{id}/get/operationId").asText()).isEqualTo("getCourse");
        JsonNode course = treatments.at("/components/schemas/Course/properties");
        assertThat(course.has("clientId") && course.has("protocolId") && course.has("plannedSessions")
                && course.has("sessionsCompleted") && course.has("status") && course.has("nextSessionWindow")
                && course.has("maintenanceDueWindow"))
                .isTrue();
    }

    @Test
    void treatmentsServiceListsMaintenanceRecallsWithTheFieldsWeRead() throws IOException {
        JsonNode treatments = contract("treatments-service");
        JsonNode list = treatments.at("/paths/~1api~1v1~1maintenance-recalls/get");
        assertThat(list.at("/operationId").asText()).isEqualTo("listMaintenanceRecalls");
        assertThat(list.at("/parameters").findValuesAsText("name")).contains("dueBy", "cursor", "limit");
        JsonNode recall = treatments.at("/components/schemas/MaintenanceRecall/properties");
        assertThat(recall.has("courseId") && recall.has("clientId") && recall.has("protocolId")
                && recall.has("protocolVersion") && recall.has("lastSessionAt") && recall.has("lastSessionOn")
                && recall.has("maintenanceDueWindow")).isTrue();
    }

    @Test
    void treatmentsServiceHasTheEligibilityCheck() throws IOException {
        assertThat(contract("treatments-service").at("/paths/~1api~1v1~1eligibility/get/operationId").asText())
                .isEqualTo("checkEligibility");
    }
}
