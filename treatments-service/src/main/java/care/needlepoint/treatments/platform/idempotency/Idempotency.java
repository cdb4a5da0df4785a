package care.needlepoint.treatments.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.treatments.platform.problem.ProblemType;
import care.needlepoint.treatments.platform.problem.Problems;
import care.needlepoint.treatments.platform.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Makes creating POSTs safe to retry. The first request with an {@code Idempotency-Key} runs and its answer is stored
 * in the same transaction as what it created; a repeat with the same key and body gets that answer again (marked
 * {@value #REPLAYED_HEADER}) and creates nothing; the same key with another body is refused with 422. Keys belong to
 * the token's subject, so two integrations cannot collide or read each other's answers.
 *
 * <p>Concurrent repeats are serialised by the primary key: the second insert waits for the first transaction and then
 * replays its committed answer, or runs itself if the first rolled back. A request that fails stores nothing, so it
 * may be retried with the same key after the caller fixes it.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdempotencyConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<IdempotentResult> action) {
        if (key == null) {
            return respond(action.get());
        }
        requireWellFormed(key);
        return claimAndRun(currentUser.subject(), key, fingerprint(operation, request), action);
    }

    /**
     * As {@link #execute(String, String, Object, Supplier)}, for a request whose checks ask other services: {@code
     * check} runs first with no transaction open, so that no database connection waits on another service, and
     * {@code write} then runs in one transaction with the claim of the key. An answer already stored for the key is
     * replayed before anything is checked; a concurrent repeat checks too, then waits on the claim and replays.
     */
    public <C> Response execute(String key, String operation, Object request, Supplier<C> check,
            Function<C, IdempotentResult> write) {
        if (key == null) {
            C checked = check.get();
            return QuarkusTransaction.joiningExisting().call(() -> respond(write.apply(checked)));
        }
        requireWellFormed(key);
        String subject = currentUser.subject();
        String fingerprint = fingerprint(operation, request);
        Response stored = QuarkusTransaction.joiningExisting().call(() -> storedAnswer(subject, key, fingerprint));
        if (stored != null) {
            return stored;
        }
        C checked = check.get();
        return QuarkusTransaction.joiningExisting()
                .call(() -> claimAndRun(subject, key, fingerprint, () -> write.apply(checked)));
    }

    private Response respond(IdempotentResult result) {
        return response(result.status(), result.location(), result.entityTag(), serialise(result.body()), false);
    }

    private static void requireWellFormed(String key) {
        if (!KEY.matcher(key).matches()) {
            throw Problems.invalid("header", HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
    }

    /** The answer stored for a live key, replayed (or refused for another body); null when there is none. */
    private Response storedAnswer(String subject, String key, String fingerprint) {
        Instant expiredBefore = clock.instant().minus(config.retention());
        Number live = (Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM idempotency_record
                 WHERE subject = ?1 AND idempotency_key = ?2 AND created_at >= ?3""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, Timestamp.from(expiredBefore))
                .getSingleResult();
        return live.intValue() == 0 ? null : replay(subject, key, fingerprint);
    }

    private Response claimAndRun(String subject, String key, String fingerprint, Supplier<IdempotentResult> action) {
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(config.retention());
        entityManager.createNativeQuery("""
                DELETE FROM idempotency_record
                 WHERE subject = ?1 AND idempotency_key = ?2 AND created_at < ?3""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, Timestamp.from(expiredBefore))
                .executeUpdate();
        int claimed = entityManager.createNativeQuery("""
                INSERT INTO idempotency_record (subject, idempotency_key, request_fingerprint, created_at)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (subject, idempotency_key) DO NOTHING""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (claimed == 0) {
            return replay(subject, key, fingerprint);
        }

        IdempotentResult result = action.get();
        String body = serialise(result.body());
        entityManager.createNativeQuery("""
                UPDATE idempotency_record
                   SET response_status = ?3, response_location = ?4, response_etag = ?5, response_body = ?6
                 WHERE subject = ?1 AND idempotency_key = ?2""")
                .setParameter(1, subject).setParameter(2, key)
                .setParameter(3, result.status())
                .setParameter(4, result.location() == null ? null : result.location().toString())
                .setParameter(5, result.entityTag() == null ? null : result.entityTag().getValue())
                .setParameter(6, body)
                .executeUpdate();
        return response(result.status(), result.location(), result.entityTag(), body, false);
    }

    /** Keys past their retention are deleted hourly; a retry after that creates anew, as documented. */
    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void purgeExpired() {
        entityManager.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(config.retention())))
                .executeUpdate();
    }

    /**
     * Forgets every stored answer that contains {@code text}, for erasure: a stored answer may hold personal data
     * (the response to creating a client holds their name). A retry of a forgotten request runs again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetAnswersContaining(String text) {
        entityManager.createNativeQuery("DELETE FROM idempotency_record WHERE strpos(response_body, ?1) > 0")
                .setParameter(1, text)
                .executeUpdate();
    }

    private Response replay(String subject, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT request_fingerprint, response_status, response_location, response_etag, response_body
                  FROM idempotency_record
                 WHERE subject = ?1 AND idempotency_key = ?2""")
                .setParameter(1, subject).setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was first used for a "
                    + "different request. Use a new key for a new request; resend the original body to get its "
                    + "answer.");
        }
        String location = (String) row[2];
        String etag = (String) row[3];
        return response(((Number) row[1]).intValue(), location == null ? null : java.net.URI.create(location),
                etag == null ? null : new EntityTag(etag), (String) row[4], true);
    }

    private static Response response(int status, java.net.URI location, EntityTag etag, String body, boolean replayed) {
        Response.ResponseBuilder response = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        if (location != null) {
            response.location(location);
        }
        if (etag != null) {
            response.tag(etag);
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Could not fingerprint a request", e);
        }
    }

    private String serialise(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a response", e);
        }
    }
}
