package care.needlepoint.treatments.session.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;
import care.needlepoint.treatments.session.domain.DepthHistory;
import care.needlepoint.treatments.session.domain.SessionKind;

@Schema(name = "DepthHistory", description = "The needle depth used on each treated area of a course, session by "
        + "session, so the practitioner sees what was used last time.")
public record DepthHistoryView(
        @Schema(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
        UUID courseId,
        @Schema(description = "Per treated area (in the course's order).", maxItems = 21)
        List<AreaView> areas) {

    @Schema(name = "AreaDepthHistory", description = "One area's starting depth and every session's depth there.")
    public record AreaView(
            @Schema(description = "Body area.", example = "CHEEKS")
            BodyArea area,
            @Schema(description = "The course's starting device here.", example = "PEN")
            DeviceType startingDeviceType,
            @Schema(description = "The course's starting depth here, in mm.", example = "1.00", minimum = "0.20",
                    maximum = "3.00")
            BigDecimal startingDepthMm,
            @Schema(description = "The depth of the latest session here, or the starting depth before any: the base "
                    + "of the next session's progression limit.", example = "1.25", minimum = "0.20",
                    maximum = "3.00")
            BigDecimal lastDepthMm,
            @Schema(description = "Every session that treated this area, oldest first.", maxItems = 1000)
            List<EntryView> sessions) {
    }

    @Schema(name = "DepthHistoryEntry", description = "The depth used on an area at one session.")
    public record EntryView(
            @Schema(description = "The session's id.", example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")
            UUID sessionId,
            @Schema(description = "The session's sequence in the course.", example = "1", minimum = "1")
            int sequence,
            @Schema(description = "SERIES or MAINTENANCE.", example = "SERIES")
            SessionKind kind,
            @Schema(description = "When it was performed (RFC 3339, UTC).", example = "2026-11-21T09:30:00Z")
            Instant performedAt,
            @Schema(description = "Device used.", example = "PEN")
            DeviceType deviceType,
            @Schema(description = "Depth used, in mm.", example = "1.25", minimum = "0.20", maximum = "3.00")
            BigDecimal depthMm) {
    }

    public static DepthHistoryView of(DepthHistory history) {
        return new DepthHistoryView(history.courseId(), history.areas().stream().map(area -> new AreaView(area.area(),
                area.startingDeviceType(), area.startingDepthMm(), area.lastDepthMm(), area.sessions().stream()
                        .map(e -> new EntryView(e.sessionId(), e.sequence(), e.kind(), e.performedAt(),
                                e.deviceType(), e.depthMm())).toList())).toList());
    }
}
