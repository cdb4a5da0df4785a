package care.needlepoint.scheduling.peer;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of a treatments-service course that series planning and recalls read. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Course(UUID id, UUID clientId, UUID protocolId, Integer protocolVersion, String status,
        Integer plannedSessions, Integer sessionsCompleted, DateWindow nextSessionWindow,
        DateWindow maintenanceDueWindow) {

    /** Local dates in the clinic's zone, both ends included. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateWindow(LocalDate earliest, LocalDate latest) {
    }
}
