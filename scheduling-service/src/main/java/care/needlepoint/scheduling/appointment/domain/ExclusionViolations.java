package care.needlepoint.scheduling.appointment.domain;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Recognises PostgreSQL refusing an overlap (SQLSTATE 23P01, exclusion_violation) and says which constraint did, so
 * that the service answers with a 409 naming the colliding party instead of a 500. The constraint name never reaches
 * the caller.
 */
final class ExclusionViolations {

    private static final String EXCLUSION_VIOLATION = "23P01";

    private ExclusionViolations() {
    }

    /** The violated exclusion constraint's name, or null when {@code failure} is something else. */
    static String constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                if (sql instanceof PSQLException psql) {
                    ServerErrorMessage message = psql.getServerErrorMessage();
                    if (message != null && message.getConstraint() != null) {
                        return message.getConstraint();
                    }
                }
                return "";
            }
        }
        return null;
    }
}
