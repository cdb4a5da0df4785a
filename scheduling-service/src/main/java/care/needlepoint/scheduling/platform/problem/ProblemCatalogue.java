package care.needlepoint.scheduling.platform.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;

/**
 * The last word on every problem the service sends, whichever mapper made it: gives it a type from
 * {@link ProblemType}, replaces Jackson's messages (which name Java classes) with ones about the JSON the caller sent,
 * and makes sure no 5xx carries a detail that could leak internals.
 */
@ApplicationScoped
public class ProblemCatalogue implements ProblemPostProcessor {

    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[^>]+>");
    private static final Pattern JAX_RS_DEFAULT_DETAIL = Pattern.compile("HTTP \\d{3}( .*)?");

    @Override
    public int priority() {
        // Before the extension's logger (lower priority) so that what is logged is what was sent.
        return 200;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        JsonProcessingException json = jsonCause(context.cause);
        if (json != null) {
            return fromJson(json, problem);
        }
        if (problem.getStatusCode() >= 500 && problem.getType() == null && databaseUnavailable(context.cause)) {
            return databaseUnavailable(problem);
        }
        if (problem.getStatusCode() >= 500) {
            return internal(problem);
        }
        ProblemType type = problem.getType() != null ? null : ProblemType.forStatus(problem.getStatusCode());
        if (problem.getParameters().containsKey("violations") && problem.getType() == null) {
            type = ProblemType.VALIDATION_FAILED;
        }
        if (type == null) {
            return problem;
        }
        if (type == ProblemType.VALIDATION_FAILED) {
            HttpProblem invalid = Problems.invalid(normalise(problem.getParameters().get("violations")));
            return HttpProblem.builder(invalid).withInstance(problem.getInstance()).build();
        }
        return HttpProblem.builder(problem).withType(type.uri()).withTitle(type.title())
                .withDetail(saysNothing(problem.getDetail()) ? type.defaultDetail() : problem.getDetail())
                .build();
    }

    /** JAX-RS fills in "HTTP 404 Not Found" and the like, which only repeats the status line. */
    private static boolean saysNothing(String detail) {
        return detail == null || detail.isBlank() || JAX_RS_DEFAULT_DETAIL.matcher(detail).matches();
    }

    /** Quarkus REST wraps some JSON errors (parse errors, duplicate keys) in a plain 400; find the real one. */
    private static JsonProcessingException jsonCause(Throwable cause) {
        for (Throwable each = cause; each != null; each = each.getCause()) {
            if (each instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static HttpProblem fromJson(JsonProcessingException json, HttpProblem original) {
        HttpProblem.Builder builder = HttpProblem.builder().withInstance(original.getInstance());
        if (json instanceof JsonParseException parse) {
            ProblemType type = ProblemType.MALFORMED_REQUEST;
            // Parser messages speak of the JSON text (tokens, duplicate keys), never of our code.
            return builder.withType(type.uri()).withTitle(type.title()).withStatus(type.status())
                    .withDetail("The body is not well-formed JSON at line " + parse.getLocation().getLineNr()
                            + ", column " + parse.getLocation().getColumnNr() + ": " + parse.getOriginalMessage())
                    .build();
        }
        String field = json instanceof JsonMappingException mapping ? JsonFieldMessages.path(mapping) : "";
        String message = json instanceof UnrecognizedPropertyException
                ? "is not a field of this request; check the spelling against the API document"
                : JsonFieldMessages.describe(json);
        String jsonField = field.isEmpty() ? "(body)" : field;
        HttpProblem invalid = Problems.invalid(List.of(FieldViolation.body(jsonField, message)));
        return HttpProblem.builder(invalid).withInstance(original.getInstance()).build();
    }

    /**
     * A 5xx keeps its detail only when our own code built it (it has a type, e.g. a 503 naming the unavailable
     * dependency); anything else may carry an exception message, so the caller gets the generic text instead.
     */
    private static HttpProblem internal(HttpProblem problem) {
        if (problem.getType() != null) {
            return problem;
        }
        ProblemType type = ProblemType.forStatus(problem.getStatusCode());
        return HttpProblem.builder()
                .withType(type.uri())
                .withTitle(type.title())
                .withStatus(problem.getStatusCode())
                .withInstance(problem.getInstance())
                .withDetail(type.defaultDetail())
                .build();
    }

    /**
     * Whether the database could not be reached or went away under the request: connection failures (SQLSTATE class
     * 08), an administrator's or crash shutdown (57P01–57P03), or no pooled connection within the acquisition timeout.
     * The transaction was rolled back, so nothing was stored and the caller may retry: a 503, not a 500. Suppressed
     * exceptions count too: when the connection is terminated at commit, the transaction manager throws a
     * RollbackException that carries PostgreSQL's error only as a suppressed XAException (seen in DatabaseRestartIT).
     * PostgreSQL answering COMMIT with "terminating connection" means it rolled back; a connection lost without an
     * answer is the one case whose outcome the service cannot know, which an Idempotency-Key on the retry covers.
     */
    static boolean databaseUnavailable(Throwable cause) {
        // ArrayDeque takes no nulls: a throwable without a cause must not become a NullPointerException here.
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (cause != null) {
            pending.add(cause);
        }
        while (!pending.isEmpty()) {
            Throwable each = pending.poll();
            if (!seen.add(each)) {
                continue;
            }
            if (each instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
            if (each.getCause() != null) {
                pending.add(each.getCause());
            }
            pending.addAll(Arrays.asList(each.getSuppressed()));
        }
        return false;
    }

    private static HttpProblem databaseUnavailable(HttpProblem problem) {
        ProblemType type = ProblemType.DEPENDENCY_UNAVAILABLE;
        return HttpProblem.builder()
                .withType(type.uri())
                .withTitle(type.title())
                .withStatus(type.status())
                .withInstance(problem.getInstance())
                .withHeader("Retry-After", "5")
                .withDetail("The database is unavailable for the moment; nothing was changed. Retry shortly.")
                .build();
    }

    /** Every violation as a {@link FieldViolation} with a JSON path; the whole body is named "(body)". */
    private static List<FieldViolation> normalise(Object violations) {
        if (!(violations instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(ProblemCatalogue::toFieldViolation).toList();
    }

    private static FieldViolation toFieldViolation(Object violation) {
        if (violation instanceof FieldViolation ours) {
            return ours;
        }
        if (violation instanceof Violation v) {
            return new FieldViolation(jsonPath(v.field), v.in, v.message);
        }
        return new FieldViolation("(unknown)", "unknown", String.valueOf(violation));
    }

    /** Bean Validation names container elements ("aftercare[1].<list element>"); callers know JSON paths. */
    private static String jsonPath(String field) {
        String path = field == null ? "" : CONTAINER_ELEMENT.matcher(field).replaceAll("");
        return path.isBlank() ? "(body)" : path;
    }
}
