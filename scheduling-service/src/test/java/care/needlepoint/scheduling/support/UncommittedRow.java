package care.needlepoint.scheduling.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import care.needlepoint.devkit.testing.TestDatabase;

/**
 * A row inserted behind the service's back and not yet committed. A request that inserts the same unique value has
 * passed its duplicate check (it cannot see this row) and then waits on it, exactly as it would on a concurrent request
 * that passed the same check a moment earlier; committing makes the service's insert fail on the unique constraint.
 * This makes the race that the constraint guards against happen every time instead of once in a while.
 */
public final class UncommittedRow implements AutoCloseable {

    private final Connection connection;
    private boolean committed;

    private UncommittedRow(Connection connection) {
        this.connection = connection;
    }

    public static UncommittedRow insert(String sql, Object... parameters) throws SQLException {
        Connection connection = TestDatabase.adminConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new UncommittedRow(connection);
    }

    /** Waits until a connection of the service's role is blocked on a lock, i.e. its insert waits for this row. */
    public void awaitServiceBlocked(Duration timeout) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        // A separate connection: statistics views are read once per transaction, and this row's is still open.
        try (Connection observer = TestDatabase.adminConnection(); Statement sql = observer.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet waiting = sql.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE usename = 'scheduling' AND wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("No request of the service waited for the uncommitted row within " + timeout);
    }

    public void commit() throws SQLException {
        connection.commit();
        committed = true;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!committed) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }
}
