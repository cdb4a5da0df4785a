package care.needlepoint.treatments.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import care.needlepoint.devkit.testing.TestDatabase;

/** What is stored in the service's schema, read behind its back to prove that a refused request changed nothing. */
public final class Rows {

    private Rows() {
    }

    public static Map<String, Long> countAll() {
        return TestDatabase.rowCounts("treatments");
    }

    /** Ids of the stored protocols that match {@code where} (SQL, or ""), in the list's order: name, then id. */
    public static List<String> protocolIds(String where) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = TestDatabase.adminConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "SELECT id FROM treatments.protocol " + where + " ORDER BY name, id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    public static long protocolsWithCode(String code) {
        try (Connection connection = TestDatabase.adminConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM treatments.protocol WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
