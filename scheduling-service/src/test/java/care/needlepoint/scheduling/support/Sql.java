package care.needlepoint.scheduling.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import care.needlepoint.devkit.testing.TestDatabase;

/** Looks at or moves rows behind the service's back, for what the API cannot do on purpose (move time). */
public final class Sql {

    private Sql() {
    }

    public static int update(String statement) {
        try (Connection db = TestDatabase.adminConnection(); Statement sql = db.createStatement()) {
            return sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String single(String query) {
        try (Connection db = TestDatabase.adminConnection(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves an appointment (all its phases) so that it started {@code minutesAgo} minutes ago. */
    public static void startedMinutesAgo(String appointmentId, int minutesAgo) {
        update("UPDATE scheduling.appointment SET "
                + "procedure_starts_at = procedure_starts_at - (starts_at - (now() - interval '" + minutesAgo
                + " minutes')), procedure_ends_at = procedure_ends_at - (starts_at - (now() - interval '"
                + minutesAgo + " minutes')), room_free_at = room_free_at - (starts_at - (now() - interval '"
                + minutesAgo + " minutes')), starts_at = now() - interval '" + minutesAgo + " minutes' "
                + "WHERE id = '" + appointmentId + "'");
    }
}
