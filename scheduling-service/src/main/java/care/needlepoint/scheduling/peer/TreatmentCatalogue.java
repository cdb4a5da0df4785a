package care.needlepoint.scheduling.peer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
 * treatments-service as booking sees it: protocols, courses, eligibility and the maintenance recalls. The same
 * policy as {@link ClientDirectory}: 2 s timeouts, one retry of these idempotent reads when they failed quickly
 * ({@link PeerCalls}), a circuit breaker per operation, and a 503 problem (nothing booked) whenever no usable answer
 * comes. A 404 for a protocol is an answer; a 404 from the eligibility check is
 * not (the client and protocol were confirmed just before), so it fails closed too.
 */
// Calls run outside the caller's transaction: the reactive REST client would otherwise carry it onto an event-loop
// thread (context propagation), and a rollback with that second thread attached can fail to undo the caller's writes
// (seen: an Idempotency-Key claim that outlived a 503). Nothing here touches the database.
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@ApplicationScoped
public class TreatmentCatalogue {

    private static final Logger LOG = Logger.getLogger(TreatmentCatalogue.class);

    @Inject
    @RestClient
    TreatmentsServiceApi api;

    @Inject
    ServiceCredentials credentials;

    /** The protocol's current version, or empty when treatments-service has no such protocol. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, maxDuration = PeerCalls.RETRY_WITHIN_MS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 1000, successThreshold = 1)
    @Fallback(fallbackMethod = "protocolUnavailable")
    public Optional<Protocol> protocol(UUID protocolId, String onBehalfOf) {
        return read("getProtocol", 404, () -> api.protocol(protocolId, credentials.authorization(), onBehalfOf));
    }

    /** Whether the client may have this protocol on that local date. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, maxDuration = PeerCalls.RETRY_WITHIN_MS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 1000, successThreshold = 1)
    @Fallback(fallbackMethod = "eligibilityUnavailable")
    public Eligibility eligibility(UUID clientId, UUID protocolId, LocalDate on, String onBehalfOf) {
        Eligibility answer = read("checkEligibility", NO_EMPTY_ANSWER, () -> api.eligibility(clientId, protocolId,
                on.toString(), credentials.authorization(), onBehalfOf)).orElseThrow();
        if (answer.outcome() == null) {
            throw new PeerFailure("treatments-service answered checkEligibility without an outcome", null);
        }
        return answer;
    }

    /**
     * Whether the client may have this protocol on each of {@code dates} (distinct, in the clinic's calendar): one
     * call, in which treatments-service reads the client's facts once. Every date asked has its verdict in the answer,
     * or the answer is not used (a 503 like any other unusable answer).
     */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, maxDuration = PeerCalls.RETRY_WITHIN_MS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 1000, successThreshold = 1)
    @Fallback(fallbackMethod = "seriesEligibilityUnavailable")
    public Map<LocalDate, Eligibility> eligibilityOn(UUID clientId, UUID protocolId, List<LocalDate> dates,
            String onBehalfOf) {
        SeriesEligibilityAnswer answer = read("checkSeriesEligibility", NO_EMPTY_ANSWER,
                () -> api.seriesEligibility(clientId, protocolId, dates.stream().map(LocalDate::toString).toList(),
                        credentials.authorization(), onBehalfOf)).orElseThrow();
        Map<LocalDate, Eligibility> verdicts = new HashMap<>();
        for (SeriesEligibilityAnswer.DateVerdict verdict : answer.dates() == null
                ? List.<SeriesEligibilityAnswer.DateVerdict>of() : answer.dates()) {
            if (verdict.on() != null && verdict.outcome() != null) {
                verdicts.put(verdict.on(), new Eligibility(verdict.outcome(), answer.protocolVersion(),
                        verdict.findings()));
            }
        }
        if (!verdicts.keySet().containsAll(dates)) {
            throw new PeerFailure("treatments-service answered checkSeriesEligibility without a verdict for every "
                    + "date", null);
        }
        return verdicts;
    }

    /** A client's course of treatment, or empty when treatments-service has no such course. */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, maxDuration = PeerCalls.RETRY_WITHIN_MS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 1000, successThreshold = 1)
    @Fallback(fallbackMethod = "courseUnavailable")
    public Optional<Course> course(UUID courseId, String onBehalfOf) {
        return read("getCourse", 404, () -> api.course(courseId, credentials.authorization(), onBehalfOf));
    }

    /**
     * One page of the courses due for maintenance by {@code dueBy} (clinic-local), after treatments-service's
     * {@code cursor}; empty when treatments-service refuses the cursor (a 400 is the caller's mistake, not an outage,
     * so it is an answer here and never trips the breaker).
     */
    @Retry(maxRetries = 1, delay = 100, jitter = 50, maxDuration = PeerCalls.RETRY_WITHIN_MS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 1000, successThreshold = 1)
    @Fallback(fallbackMethod = "maintenanceRecallsUnavailable")
    public Optional<MaintenanceRecalls> maintenanceRecalls(LocalDate dueBy, String cursor, int limit,
            String onBehalfOf) {
        Optional<MaintenanceRecalls> page = read("listMaintenanceRecalls", cursor == null ? NO_EMPTY_ANSWER : 400,
                () -> api.maintenanceRecalls(dueBy.toString(), cursor, limit, credentials.authorization(),
                        onBehalfOf));
        if (page.isPresent() && page.get().items() == null) {
            throw new PeerFailure("treatments-service answered listMaintenanceRecalls without items", null);
        }
        return page;
    }

    Optional<MaintenanceRecalls> maintenanceRecallsUnavailable(LocalDate dueBy, String cursor, int limit,
            String onBehalfOf) {
        throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE, "treatments-service cannot list the courses due for "
                + "maintenance right now. Try again in a moment.");
    }

    Map<LocalDate, Eligibility> seriesEligibilityUnavailable(UUID clientId, UUID protocolId, List<LocalDate> dates,
            String onBehalfOf) {
        throw unavailable("check the client's eligibility");
    }

    Optional<Course> courseUnavailable(UUID courseId, String onBehalfOf) {
        throw unavailable("read the course");
    }

    Optional<Protocol> protocolUnavailable(UUID protocolId, String onBehalfOf) {
        throw unavailable("read the protocol");
    }

    Eligibility eligibilityUnavailable(UUID clientId, UUID protocolId, LocalDate on, String onBehalfOf) {
        throw unavailable("check the client's eligibility");
    }

    /** For {@link #read}: no status of the operation means "nothing there"; every error status is a failure. */
    private static final int NO_EMPTY_ANSWER = -1;

    /**
     * One call to treatments-service: its answer; empty when it answers {@code emptyStatus} (e.g. 404 for an
     * unknown id: an answer, not an outage); a {@link PeerFailure} (retried, counted by the breaker, then the
     * fallback's 503) for any other error status, an empty body, or when it cannot be reached.
     */
    private static <T> Optional<T> read(String operation, int emptyStatus, Supplier<T> call) {
        T answer;
        try {
            answer = call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == emptyStatus) {
                return Optional.empty();
            }
            LOG.errorf("treatments-service answered %s with %d", operation, status);
            throw new PeerFailure("treatments-service answered " + status, e);
        } catch (ProcessingException e) {
            LOG.warnf("treatments-service could not be reached: %s", e.getMessage());
            throw new PeerFailure("treatments-service unreachable", e);
        }
        if (answer == null) {
            throw new PeerFailure("treatments-service answered " + operation + " without a body", null);
        }
        return Optional.of(answer);
    }

    private static RuntimeException unavailable(String what) {
        return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE, "treatments-service cannot " + what
                + " right now, so nothing was booked or changed. Try again in a moment.");
    }
}
