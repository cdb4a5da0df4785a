package care.needlepoint.scheduling.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "needlepoint.api")
public interface ApiLimits {

    /**
     * The largest request body the API accepts; larger ones get a 413 problem before anything reads them. Keep it
     * below {@code quarkus.http.limits.max-body-size}, which answers bodies without Content-Length with a bare 413.
     */
    @WithDefault("256K")
    MemorySize maxBodySize();
}
