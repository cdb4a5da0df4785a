package care.needlepoint.clients.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import care.needlepoint.devkit.testing.TestDatabase;

/** Row counts of every table in the service's schema, to prove that a refused request changed nothing. */
public final class Rows {

    private Rows() {
    }

    public static Map<String, Long> countAll() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.adminConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet tables = sql.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'clients' "
                            + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (tables.next()) {
                    counts.put(tables.getString(1), 0L);
                }
            }
            for (String table : counts.keySet()) {
                try (ResultSet count = sql.executeQuery("SELECT count(*) FROM clients." + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
