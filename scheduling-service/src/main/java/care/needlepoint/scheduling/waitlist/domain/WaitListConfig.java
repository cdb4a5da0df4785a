package care.needlepoint.scheduling.waitlist.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "needlepoint.wait-list")
public interface WaitListConfig {

    /**
     * How long a client has to answer an offer before the slot passes to the next entry (never beyond the slot's
     * start). Two hours suit a front desk that telephones; an integration that texts may want less.
     */
    @WithDefault("PT2H")
    Duration offerTtl();

    /**
     * How often lapsed offers are expired and passed on in the background. Reads and answers expire them too, so
     * this only decides how soon the next client is offered a slot when nobody looks at the wait list; "off" stops it.
     */
    @WithDefault("60s")
    String sweepEvery();
}
