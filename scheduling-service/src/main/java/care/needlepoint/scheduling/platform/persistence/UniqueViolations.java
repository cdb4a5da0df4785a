package care.needlepoint.scheduling.platform.persistence;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises the database refusing a duplicate. Services check for duplicates before inserting and answer with a
 * specific problem; the unique constraint is the last guard for two requests that pass the check at the same time,
 * and this tells that case apart from any other failure so that it gets the same answer instead of a 500.
 */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** Whether {@code failure} was caused by the unique constraint or index named {@code constraint}. */
    public static boolean isViolationOf(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
