package care.needlepoint.clients.platform.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * The last word on every problem the service sends, whichever mapper made it: gives it a type from
 * {@link ProblemType}, replaces Jackson's messages (which name Java classes) with ones about the JSON the caller sent,
 * and makes sure no 5xx carries a detail that could leak internals.
 */
@ApplicationScoped
public class ProblemCatalogue implements ProblemPostProcessor {

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
        HttpProblem.Builder typed = HttpProblem.builder(problem).withType(type.uri()).withTitle(type.title());
        if (type == ProblemType.VALIDATION_FAILED) {
            List<Map<String, String>> violations = normalise(problem.getParameters().get("violations"));
            typed.with("violations", violations).withDetail(summarise(violations));
        }
        return typed.build();
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
        ProblemType type = ProblemType.VALIDATION_FAILED;
        String shownField = field.isEmpty() ? "(body)" : field;
        return builder.withType(type.uri()).withTitle(type.title()).withStatus(type.status())
                .withDetail(shownField + ": " + message)
                .with("violations", List.of(Problems.violation("body", shownField, message)))
                .build();
    }

    private static HttpProblem internal(HttpProblem problem) {
        ProblemType type = ProblemType.forStatus(problem.getStatusCode());
        if (problem.getType() != null && type != ProblemType.INTERNAL_ERROR) {
            return problem; // a 503 we built ourselves, with a detail written for the caller
        }
        return HttpProblem.builder()
                .withType(type.uri())
                .withTitle(type.title())
                .withStatus(problem.getStatusCode())
                .withInstance(problem.getInstance())
                .withDetail(type == ProblemType.INTERNAL_ERROR
                        ? "Something went wrong on our side; the error has been logged."
                        : problem.getDetail())
                .build();
    }

    /** Every violation as {field, in, message}, the whole body named "(body)", in a stable order. */
    private static List<Map<String, String>> normalise(Object violations) {
        if (!(violations instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(ProblemCatalogue::toViolation)
                .sorted(java.util.Comparator.comparing((Map<String, String> v) -> v.get("field"))
                        .thenComparing(v -> v.get("message")))
                .toList();
    }

    private static Map<String, String> toViolation(Object violation) {
        if (violation instanceof io.quarkiverse.resteasy.problem.validation.Violation v) {
            return Problems.violation(v.in, v.field == null || v.field.isBlank() ? "(body)" : v.field, v.message);
        }
        if (violation instanceof Map<?, ?> map) {
            return Problems.violation(String.valueOf(map.get("in")), String.valueOf(map.get("field")),
                    String.valueOf(map.get("message")));
        }
        return Problems.violation("unknown", "(unknown)", String.valueOf(violation));
    }

    private static String summarise(List<Map<String, String>> violations) {
        if (violations.isEmpty()) {
            return "The request is not valid.";
        }
        return violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .collect(Collectors.joining("; "));
    }
}
