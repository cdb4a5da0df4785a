package care.needlepoint.treatments.platform.startup;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * One of the reads this service's callers make first after it starts, run once before it takes requests
 * ({@link WarmUpAtStart}). It reads with ids that exist nowhere, so that it changes nothing and finds nothing.
 */
public interface WarmUp {

    /** Runs the reads once. Throwing is a bug of the warm-up: it is logged and the service starts all the same. */
    void run();

    /** Runs a read of a record that does not exist, for which a 404 problem is the expected answer. */
    static void expectingNotFound(Runnable read) {
        try {
            read.run();
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() != 404) {
                throw problem;
            }
        }
    }
}
