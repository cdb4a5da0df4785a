package care.needlepoint.clients.platform.problem;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.Level;

import io.quarkus.logging.LoggingFilter;

/**
 * The problem extension logs every 5xx at ERROR with its stack trace. A 503 is not a bug of ours but a dependency (a
 * peer service or the database) being away, and during an outage every request is one: a four-second peer restart
 * wrote 125,000 lines of identical traces. This filter turns those records into one WARN line each (the problem's
 * status, title, detail and type stay in the message); a 500, which is a bug, keeps its ERROR and its trace.
 */
@LoggingFilter(name = "outage-log")
public final class OutageLogFilter implements Filter {

    private static final String PROBLEM_LOGGER = "http-problem";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (PROBLEM_LOGGER.equals(record.getLoggerName()) && record.getLevel().intValue() >= Level.ERROR.intValue()
                && record.getMessage() != null && record.getMessage().startsWith("status=503")) {
            record.setLevel(Level.WARN);
            record.setThrown(null);
        }
        return true;
    }
}
