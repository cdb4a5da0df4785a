package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The clinic's tunable numbers for charting sessions. */
@ConfigMapping(prefix = "needlepoint.charting")
public interface ChartingConfig {

    /**
     * How far above the previous session's depth on the same area (or the course's starting depth) a session may go,
     * in mm, without an override: the progression limit of {@link DepthStepPolicy}.
     */
    @WithDefault("0.25")
    BigDecimal maxDepthStep();

    /**
     * How far after the server's clock a session's {@code performedAt} may lie: the clocks of treatment-room tablets
     * run ahead. Anything later is a 400.
     */
    @WithDefault("PT5M")
    Duration performedAtFutureTolerance();
}
