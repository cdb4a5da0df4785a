package care.needlepoint.scheduling.peer;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;

/**
 * clients-service as booking sees it. Owns the resilience of the call: timeouts (connect and read 2 s, in
 * application.properties), one retry of this idempotent read when it failed quickly ({@link PeerCalls}), and a
 * circuit breaker that stops calling a clients-service that keeps failing, so that front desks get a quick 503
 * instead of waiting on every booking.
 * A 404 is an answer (no such client); anything else that is not a 200 means the facts could not be verified, and
 * booking fails closed with a 503 problem.
 */
// Calls run outside the caller's transaction: the reactive REST client would otherwise carry it onto an event-loop
// thread (context propagation), and a rollback with that second thread attached can fail to undo the caller's writes
// (seen: an Idempotency-Key claim that outlived a 503). Nothing here touches the database.
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@ApplicationScoped
public class ClientDirectory {

    private static final Logger LOG = Logger.getLogger(ClientDirectory.class);

    @Inject
    @RestClient
    ClientsServiceApi api;

    @Inject
    ServiceCredentials credentials;

    /** The client's booking facts, or empty when clients-service has no such client. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, maxDuration = PeerCalls.RETRY_WITHIN_MS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 1000, successThreshold = 1)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<BookingFacts> bookingFacts(UUID clientId, String onBehalfOf) {
        try {
            return Optional.of(api.bookingFacts(clientId, credentials.authorization(), onBehalfOf));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            LOG.errorf("clients-service answered getBookingFacts with %d", e.getResponse().getStatus());
            throw new PeerFailure("clients-service answered " + e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            LOG.warnf("clients-service could not be reached: %s", e.getMessage());
            throw new PeerFailure("clients-service unreachable", e);
        }
    }

    Optional<BookingFacts> unavailable(UUID clientId, String onBehalfOf) {
        throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE, "clients-service cannot confirm the client right now, "
                + "so nothing was booked or changed. Try again in a moment.");
    }
}
