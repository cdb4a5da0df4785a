package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/** What depth was used on each treated area of a course, session by session, so the next one can build on it. */
public record DepthHistory(UUID courseId, List<AreaHistory> areas) {

    public record AreaHistory(BodyArea area, DeviceType startingDeviceType, BigDecimal startingDepthMm,
            List<Entry> sessions) {

        /** The depth of the latest session on this area, or the starting depth before any. */
        public BigDecimal lastDepthMm() {
            return sessions.isEmpty() ? startingDepthMm : sessions.get(sessions.size() - 1).depthMm();
        }
    }

    public record Entry(UUID sessionId, int sequence, SessionKind kind, Instant performedAt, DeviceType deviceType,
            BigDecimal depthMm) {
    }
}
