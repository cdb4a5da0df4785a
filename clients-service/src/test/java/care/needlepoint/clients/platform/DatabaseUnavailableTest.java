package care.needlepoint.clients.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.SQLException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.platform.problem.ProblemCatalogue;
import care.needlepoint.clients.platform.problem.ProblemType;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;

/** A database that went away is a 503 the caller may retry, never a 500; other failures stay generic 500s. */
class DatabaseUnavailableTest {

    private final ProblemCatalogue catalogue = new ProblemCatalogue();

    private HttpProblem answer(Throwable cause) {
        HttpProblem raw = HttpProblem.builder().withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                .withDetail(cause.getMessage()).withInstance(URI.create("/api/v1/x")).build();
        return catalogue.apply(raw, ProblemContext.of(cause, "/api/v1/x"));
    }

    @Test
    void aLostConnectionOrShutdownIsA503WithRetryAfter() {
        for (String state : new String[] { "08006", "08001", "57P01", "57P03" }) {
            HttpProblem problem = answer(new RuntimeException("wrapped",
                    new SQLException("FATAL: terminating connection due to administrator command", state)));
            assertThat(problem.getStatusCode()).as(state).isEqualTo(503);
            assertThat(problem.getType()).isEqualTo(ProblemType.DEPENDENCY_UNAVAILABLE.uri());
            assertThat(problem.getHeaders()).containsEntry("Retry-After", "5");
            assertThat(problem.getDetail()).doesNotContain("FATAL").contains("nothing was changed");
        }
    }

    /** As DatabaseRestartIT saw it: the connection terminated at commit, PostgreSQL's error only a suppressed one. */
    @Test
    void aCommitCutOffByAShutdownIsA503() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        Exception xa = new Exception("Error trying to transactionCommit local transaction", terminated);
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        HttpProblem problem = answer(new RuntimeException("undeclared", rollback));
        assertThat(problem.getStatusCode()).isEqualTo(503);
        assertThat(problem.getHeaders()).containsEntry("Retry-After", "5");
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsA503() {
        assertThat(answer(new SQLException("Sorry, acquisition timeout!")).getStatusCode()).isEqualTo(503);
    }

    @Test
    void otherDatabaseErrorsStayGeneric500sWithoutTheirMessage() {
        HttpProblem problem = answer(new SQLException("ERROR: column \"secret\" does not exist", "42703"));
        assertThat(problem.getStatusCode()).isEqualTo(500);
        assertThat(problem.getType()).isEqualTo(ProblemType.INTERNAL_ERROR.uri());
        assertThat(problem.getDetail()).doesNotContain("secret");
    }
}
