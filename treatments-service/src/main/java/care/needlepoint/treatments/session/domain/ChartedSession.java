package care.needlepoint.treatments.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import care.needlepoint.treatments.session.persistence.SessionEntity;

/**
 * A session as charted, with its amendments: {@code original} is what was first recorded, {@code current} what it says
 * after every amendment in order.
 */
public record ChartedSession(SessionEntity record, Amendable original, Amendable current,
        List<Amendment> amendments) {

    /** The ETag: 1 as charted, one more for each amendment. */
    public long version() {
        return 1L + amendments.size();
    }

    /** @param overrides the overrides this amendment's corrected values needed, with their written reasons */
    public record Amendment(int sequence, Instant at, String by, String reason, Map<String, Amendable.Change> changes,
            List<ChartingDecision.RequestedOverride> overrides) {
    }
}
