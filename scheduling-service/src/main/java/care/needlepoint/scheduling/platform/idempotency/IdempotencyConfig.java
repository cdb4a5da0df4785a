package care.needlepoint.scheduling.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "needlepoint.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key and the answer it produced are kept. A retry within this time gets the stored answer; after it
     * the key may be used afresh. A day covers any sensible retry policy of an integration.
     */
    @WithDefault("PT24H")
    Duration retention();
}
