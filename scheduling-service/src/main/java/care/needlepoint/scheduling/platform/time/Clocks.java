package care.needlepoint.scheduling.platform.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One clock for the service, so that rules about "now" can be tested with a fixed one. It ticks in microseconds,
 * PostgreSQL's precision, so that the instant a create answers with is the one every later read returns.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock utc() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
