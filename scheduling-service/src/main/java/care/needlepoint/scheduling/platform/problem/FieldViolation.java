package care.needlepoint.scheduling.platform.problem;

/**
 * One offending field of a 400 problem: its JSON path ({@code postalAddress.country}, {@code aftercare[2]}, or
 * {@code (body)} for the whole body), where it was ({@code body}, {@code query}, {@code path}, {@code header}) and
 * what is wrong with it. Documented in the API as the problem extension's {@code Violation} schema.
 */
public record FieldViolation(String field, String in, String message) {

    public static FieldViolation body(String field, String message) {
        return new FieldViolation(field, "body", message);
    }
}
