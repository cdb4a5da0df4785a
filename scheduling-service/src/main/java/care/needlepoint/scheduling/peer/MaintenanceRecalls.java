package care.needlepoint.scheduling.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of treatments-service's listMaintenanceRecalls, with the fields the recall list reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaintenanceRecalls(List<Recall> items, String nextCursor) {

    /** A course due for maintenance; the window is in clinic-local dates, both ends included. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recall(UUID courseId, UUID clientId, UUID protocolId, Integer protocolVersion,
            Instant lastSessionAt, LocalDate lastSessionOn, Course.DateWindow maintenanceDueWindow) {
    }

    public List<Recall> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
