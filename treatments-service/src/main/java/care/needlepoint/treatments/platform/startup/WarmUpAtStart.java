package care.needlepoint.treatments.platform.startup;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Runs every {@link WarmUp} before the HTTP server opens (Quarkus fires the start-up event first). A fresh JVM
 * answers its first request in about a second, most of it Hibernate parsing HQL for the first time; a peer calling
 * with a 2 s timeout while this service is loaded gives up, and its circuit breaker then stays open for a while
 * (docs/reliability.md). Warmed, the same first request takes a small part of that, and a caller meets either a
 * closed port, which fails fast, or a service that answers in time.
 */
@ApplicationScoped
public class WarmUpAtStart {

    private static final Logger LOG = Logger.getLogger(WarmUpAtStart.class);

    @Inject
    @Any
    Instance<WarmUp> warmUps;

    private volatile List<String> completed = List.of();

    void onStart(@Observes StartupEvent event) {
        long started = System.nanoTime();
        List<String> ran = new ArrayList<>();
        for (WarmUp warmUp : warmUps) {
            String name = warmUp.getClass().getSimpleName().split("_")[0];
            try {
                warmUp.run();
                ran.add(name);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Warm-up %s failed; the service starts without it", name);
            }
        }
        completed = List.copyOf(ran);
        LOG.infof("Warmed up in %d ms: %s", (System.nanoTime() - started) / 1_000_000, ran);
    }

    /** The warm-ups that ran without an error at the last start, by class name. */
    public List<String> completed() {
        return completed;
    }
}
