package care.needlepoint.clients.consent.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "needlepoint.consent")
public interface ConsentConfig {

    /**
     * How far after the server's clock a consent's {@code signedAt} may lie and still be accepted. Tablets and
     * signature pads that stamp the signature often run a little ahead; anything further is a mistake (a wrong date or
     * zone) and gets a 400.
     */
    @WithDefault("PT5M")
    Duration signedAtFutureTolerance();
}
