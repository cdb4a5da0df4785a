package care.needlepoint.treatments.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import care.needlepoint.devkit.testing.TestDatabase;

/** What is stored in the service's schema, read behind its back to prove that a refused request changed nothing. */
public final class Rows {

    private Rows() {
    }

    public static Map<String, Long> countAll() {
        return TestDatabase.rowCounts("treatments");
    }

    /**
     * Ids of the protocols whose current version (alias {@code v}) matches {@code where} (SQL, or ""), in the list's
     * order: name, then id.
     */
    public static List<String> protocolIds(String where) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = TestDatabase.adminConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT p.id FROM treatments.protocol p "
                        + "JOIN treatments.protocol_version v "
                        + "ON v.protocol_id = p.id AND v.version = p.current_version "
                        + where + " ORDER BY v.name, p.id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    public static long protocolsWithCode(String code) {
        return count("SELECT count(*) FROM treatments.protocol WHERE code = ?", code);
    }

    /** How many versions the protocol has. */
    public static long versionsOf(String protocolId) {
        return count("SELECT count(*) FROM treatments.protocol_version WHERE protocol_id = ?",
                UUID.fromString(protocolId));
    }

    private static long count(String query, Object parameter) {
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, parameter);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
