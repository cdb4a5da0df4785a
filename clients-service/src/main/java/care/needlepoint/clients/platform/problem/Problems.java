package care.needlepoint.clients.platform.problem;

import java.util.List;
import java.util.Map;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** Builds the problems this service throws itself. Throw the result: HttpProblem is an exception. */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem of(ProblemType type, String detail) {
        return HttpProblem.builder()
                .withType(type.uri())
                .withTitle(type.title())
                .withStatus(type.status())
                .withDetail(detail)
                .build();
    }

    public static HttpProblem notFound(String resource, Object id) {
        return of(ProblemType.NOT_FOUND, "No " + resource + " with id " + id + ".");
    }

    /** A 400 naming one offending field, shaped like the bean-validation problems. */
    public static HttpProblem invalid(String in, String field, String message) {
        return HttpProblem.builder()
                .withType(ProblemType.VALIDATION_FAILED.uri())
                .withTitle(ProblemType.VALIDATION_FAILED.title())
                .withStatus(ProblemType.VALIDATION_FAILED.status())
                .withDetail(field + ": " + message)
                .with("violations", List.of(violation(in, field, message)))
                .build();
    }

    static Map<String, String> violation(String in, String field, String message) {
        Map<String, String> violation = new java.util.LinkedHashMap<>();
        violation.put("field", field);
        violation.put("in", in);
        violation.put("message", message);
        return violation;
    }
}
