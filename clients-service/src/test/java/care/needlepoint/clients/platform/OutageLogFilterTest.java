package care.needlepoint.clients.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

import care.needlepoint.clients.platform.problem.OutageLogFilter;

class OutageLogFilterTest {

    private final OutageLogFilter filter = new OutageLogFilter();

    private static LogRecord problem(String logger, String message) {
        LogRecord record = new LogRecord(Level.SEVERE, message);
        record.setLoggerName(logger);
        record.setThrown(new IllegalStateException("the trace"));
        return record;
    }

    @Test
    void aDependencyOutageBecomesOneWarningLineWithoutItsTrace() {
        LogRecord record = problem("http-problem", "status=503, title=\"A service this request depends on is "
                + "unavailable\", detail=\"clients-service cannot confirm the client right now\"");

        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getLevel()).isEqualTo(org.jboss.logmanager.Level.WARN);
        assertThat(record.getThrown()).isNull();
        assertThat(record.getMessage()).contains("clients-service cannot confirm the client");
    }

    @Test
    void aServerErrorKeepsItsLevelAndTrace() {
        LogRecord bug = problem("http-problem", "status=500, title=\"Internal Server Error\"");
        LogRecord elsewhere = problem("org.hibernate", "status=503 is only text here");

        assertThat(filter.isLoggable(bug)).isTrue();
        assertThat(filter.isLoggable(elsewhere)).isTrue();
        assertThat(bug.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(bug.getThrown()).isNotNull();
        assertThat(elsewhere.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(elsewhere.getThrown()).isNotNull();
    }
}
