package care.needlepoint.scheduling.series.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.series.domain.SeriesState;

@Schema(name = "Series", description = "A booked series: what was planned, its state derived from its sessions, and "
        + "the sessions themselves by sequence number, each an appointment with its own id and status. A session "
        + "cancelled or missed and booked again appears twice (the old appointment first). `version` is the ETag "
        + "that changes to the series must send in If-Match.")
public record SeriesView(
        @Schema(description = "The series id.", example = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a")
        UUID id,
        @Schema(description = "The client.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The treatment course (treatments-service), if the series was booked for one.",
                nullable = true, example = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b")
        UUID courseId,
        @Schema(description = "The protocol of every session.", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
        UUID protocolId,
        @Schema(description = "The protocol version when the series was booked.", example = "2", minimum = "1")
        int protocolVersion,
        @Schema(description = "How many sessions the series has (places 1..plannedSessions).", example = "6",
                minimum = "1", maximum = "12")
        int plannedSessions,
        @Schema(description = "Derived from the sessions: ACTIVE (a session is still to come), COMPLETED (every "
                + "place completed), CANCELLED (nothing to come, not all completed).", example = "ACTIVE")
        SeriesState state,
        @Schema(description = "Places with no standing appointment (cancelled or missed and not booked again): "
                + "re-plan them with proposeSeriesReplan.", maxItems = 12, example = "[3]")
        List<Integer> openSequences,
        @Schema(description = "What sessions still to come need before they can go ahead: the client's screening "
                + "(current when the series was booked) expires by then and must be renewed first.", maxItems = 12)
        List<Attention> attention,
        @Schema(description = "The series revision, also sent as the ETag: the series row's version plus its "
                + "sessions' versions, so it changes whenever the series or any session changes.", example = "3",
                minimum = "0")
        long version,
        @Schema(description = "When the series was booked (RFC 3339, UTC).", example = "2026-11-20T09:15:00Z")
        Instant createdAt,
        @Schema(description = "When the series last changed (RFC 3339, UTC).", example = "2026-12-01T16:40:00Z")
        Instant updatedAt,
        @Schema(description = "The sessions, by seriesSequence and then creation.", maxItems = 48)
        List<AppointmentView> appointments) {

    @Schema(name = "SeriesAttention", description = "A note on one session that is booked but needs something "
            + "first.")
    public record Attention(
            @Schema(description = "The session.", example = "3", minimum = "1", maximum = "12")
            int sequence,
            @Schema(description = "Its appointment.", example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
            UUID appointmentId,
            @Schema(description = "Stable code: screening-renewal.", example = "screening-renewal", maxLength = 40)
            String code,
            @Schema(description = "For people.", example = "screening must be renewed before 2027-03-02",
                    maxLength = 200)
            String message) {
    }
}
