package care.needlepoint.treatments.clients;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import care.needlepoint.treatments.platform.problem.ProblemType;
import care.needlepoint.treatments.platform.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * The one way this service talks to clients-service. It calls with its own service token (decision 0007) and names
 * the person it acts for, and it decides how the call may fail:
 *
 * <ul>
 * <li><b>Timeouts</b>: 2 s to connect and 2 s to read. Charting and booking wait for this answer; a slow peer must
 * become a quick 503, not a hung request.</li>
 * <li><b>Retry</b>: a read is idempotent, so up to two more attempts 100 ms apart ride over a restart or a dropped
 * connection. Nothing that changes data is ever retried (there is nothing such here).</li>
 * <li><b>Circuit breaker</b>: when half of the last 8 attempts failed, further calls fail at once for 1 s instead of
 * each waiting for its timeouts; then one trial call decides whether to close again. The same delay as
 * scheduling-service's peer wrappers: a booking passes through both breakers, and after clients-service is back
 * bookings wait up to the longer delay for a trial call (SeriesFaultIT, docs/reliability.md). A hung peer meets one
 * trial call per delay and timeout.</li>
 * <li><b>Fail closed</b>: an unknown client is an answer ({@link Optional#empty()}); anything else that is not a
 * readable 200 (unreachable, timed out, 5xx, our credential refused, an unreadable body, the breaker open) is a 503
 * {@code dependency-unavailable} problem, so nothing is booked or charted on facts we could not verify.</li>
 * </ul>
 */
// Calls run outside the caller's transaction: the reactive REST client would otherwise carry it onto an event-loop
// thread (context propagation), and a rollback with that second thread attached can fail to undo the caller's writes
// (seen: an Idempotency-Key claim that outlived a 503). Nothing here touches the database.
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@ApplicationScoped
public class ClientsService {

    private static final Logger LOG = Logger.getLogger(ClientsService.class);

    /**
     * A failed read is tried again only if it failed within this time (the retry's {@code maxDuration}): a refused
     * connection or an error answer comes at once and is worth another try; a read that ran into the 2 s timeout met a
     * clients-service that accepts and does not answer, and two more tries only made the caller wait 6 s.
     */
    static final long RETRY_WITHIN_MS = 1_000;
    static final long CONNECT_TIMEOUT_MILLIS = 2_000;
    static final long READ_TIMEOUT_MILLIS = 2_000;

    /** Set by deploy/local and the test devkit; the REST client key is the module name (see the README). */
    @ConfigProperty(name = "quarkus.rest-client.clients-service.url")
    Optional<URI> url;

    /** This service's own bearer token (docs/decisions/0007-service-credentials.md); never logged. */
    @ConfigProperty(name = "needlepoint.service-token")
    Optional<String> serviceToken;

    private volatile ClientsApi api;

    /**
     * The client's booking facts, or empty when clients-service has no such client; a 503 problem when it cannot say.
     *
     * @param onBehalfOf the token subject of the person this read is for, recorded in clients-service's audit trail
     */
    @Retry(maxRetries = 2, delay = 100, jitter = 50, maxDuration = RETRY_WITHIN_MS,
            abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 1_000, successThreshold = 1)
    @Fallback(fallbackMethod = "circuitOpen", applyOn = CircuitBreakerOpenException.class)
    public Optional<BookingFacts> bookingFacts(UUID clientId, String onBehalfOf) {
        String token = serviceToken.filter(value -> !value.isBlank()).orElseThrow(() -> {
            LOG.error("needlepoint.service-token is not set: clients-service cannot be called");
            return unavailable();
        });
        try {
            BookingFacts facts = api().bookingFacts(clientId, "Bearer " + token, onBehalfOf);
            if (facts == null || !clientId.equals(facts.clientId())) {
                LOG.warnf("clients-service answered booking facts for %s with an unexpected body", clientId);
                throw unavailable();
            }
            return Optional.of(facts);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            LOG.warnf("clients-service answered %d to booking facts for %s", status, clientId);
            throw unavailable();
        } catch (HttpProblem e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("clients-service could not be read for booking facts of %s: %s", clientId, e.toString());
            throw unavailable();
        }
    }

    /** While the breaker is open nothing is sent: the answer is the same 503 as for a failed call. */
    Optional<BookingFacts> circuitOpen(UUID clientId, String onBehalfOf) {
        throw unavailable();
    }

    private ClientsApi api() {
        ClientsApi client = api;
        if (client == null) {
            URI base = url.orElseThrow(() -> {
                LOG.error("quarkus.rest-client.clients-service.url is not set: clients-service cannot be called");
                return unavailable();
            });
            client = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(base)
                    .connectTimeout(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .readTimeout(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .build(ClientsApi.class);
            api = client;
        }
        return client;
    }

    private static HttpProblem unavailable() {
        return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE, "clients-service, which holds the client's status, "
                + "screening and consents, cannot answer just now; nothing was changed. Try again shortly.");
    }
}
