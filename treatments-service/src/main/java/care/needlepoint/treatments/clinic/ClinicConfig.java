package care.needlepoint.treatments.clinic;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Facts about the clinic that turn instants into the calendar days its rules count in. */
@ConfigMapping(prefix = "needlepoint.clinic")
public interface ClinicConfig {

    /**
     * The clinic's IANA time zone. Session windows, maintenance windows, eligibility dates and contraindication
     * windows are counted in its local calendar: a session at 00:30 local time on 1 March is on 1 March even when UTC
     * says 28 February.
     */
    @WithDefault("Europe/London")
    ZoneId timeZone();
}
