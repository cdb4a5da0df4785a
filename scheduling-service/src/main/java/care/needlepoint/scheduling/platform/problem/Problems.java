package care.needlepoint.scheduling.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** Builds the problems this service throws itself. Throw the result: HttpProblem is an exception. */
public final class Problems {

    private static final Comparator<FieldViolation> BY_FIELD = Comparator.comparing(FieldViolation::field)
            .thenComparing(FieldViolation::message);

    private Problems() {
    }

    public static HttpProblem of(ProblemType type, String detail) {
        return of(type, detail, Map.of());
    }

    /**
     * A problem with extension members for machines (RFC 9457 section 3.2): the ids a conflict collided with, the
     * reasons a rule refused. Each member is documented with the operation that answers with it.
     */
    public static HttpProblem of(ProblemType type, String detail, Map<String, Object> extensions) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(type.uri())
                .withTitle(type.title())
                .withStatus(type.status())
                .withDetail(detail);
        extensions.forEach(problem::with);
        return problem.build();
    }

    public static HttpProblem notFound(String resource, Object id) {
        return of(ProblemType.NOT_FOUND, "No " + resource + " with id " + id + ".");
    }

    /** A 400 naming one offending field, shaped like the bean-validation problems. */
    public static HttpProblem invalid(String in, String field, String message) {
        return invalid(List.of(new FieldViolation(field, in, message)));
    }

    /** A 400 naming every offending field, ordered by field; the detail lists them for people. */
    public static HttpProblem invalid(List<FieldViolation> violations) {
        List<FieldViolation> ordered = violations.stream().sorted(BY_FIELD).toList();
        return HttpProblem.builder()
                .withType(ProblemType.VALIDATION_FAILED.uri())
                .withTitle(ProblemType.VALIDATION_FAILED.title())
                .withStatus(ProblemType.VALIDATION_FAILED.status())
                .withDetail(summarise(ordered))
                .with("violations", ordered)
                .build();
    }

    static String summarise(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            return "The request is not valid.";
        }
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}
