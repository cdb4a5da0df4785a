package care.needlepoint.scheduling.appointment.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Series", description = "The appointments of a series, by sequence number; each keeps its own id and "
        + "status.")
public record SeriesView(
        @Schema(description = "The series id.", example = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a")
        UUID id,
        @Schema(description = "The client.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The sessions, in order of seriesSequence.", maxItems = 12)
        List<AppointmentView> appointments) {
}
