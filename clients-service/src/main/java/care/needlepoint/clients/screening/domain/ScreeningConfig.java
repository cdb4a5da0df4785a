package care.needlepoint.clients.screening.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "needlepoint.screening")
public interface ScreeningConfig {

    /**
     * How long a recorded screening stays current (env {@code NEEDLEPOINT_SCREENING_VALID_FOR}, ISO-8601 such as
     * {@code P90D}). After it, the screening is EXPIRED and the client must be screened again before treatment; a
     * newer screening ends it earlier. Applied when screenings are read, so a change takes effect for all of them at
     * once. Clinics commonly re-screen every three months; some ask at every visit and set a shorter period.
     */
    @WithDefault("P90D")
    Duration validFor();
}
