package care.needlepoint.scheduling.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service's own database role can reach its own schema and nothing of the other services', even where a table
 * exists there. Connections come from the service's own pool, so this is exactly what the running service can do.
 */
@QuarkusTest
class SchemaIsolationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource serviceDataSource;

    @BeforeEach
    void otherServicesHaveData() throws SQLException {
        try (Connection admin = TestDatabase.adminConnection(); Statement sql = admin.createStatement()) {
            for (String schema : new String[] { "clients", "treatments" }) {
                sql.execute("CREATE TABLE IF NOT EXISTS " + schema + ".isolation_probe (id int PRIMARY KEY)");
                sql.execute("INSERT INTO " + schema + ".isolation_probe VALUES (1) ON CONFLICT DO NOTHING");
                sql.execute("ALTER TABLE " + schema + ".isolation_probe OWNER TO " + schema);
            }
        }
    }

    @Test
    void theServiceWorksInItsOwnSchema() throws SQLException {
        try (Connection connection = serviceDataSource.getConnection(); Statement sql = connection.createStatement()) {
            var result = sql.executeQuery("SELECT current_user, current_schema(), "
                    + "(SELECT count(*) FROM practitioner), (SELECT count(*) FROM room)");
            result.next();
            assertThat(result.getString(1)).isEqualTo("scheduling");
            assertThat(result.getString(2)).isEqualTo("scheduling");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "clients", "treatments" })
    void theServiceCannotReadOrWriteAnotherServicesSchema(String otherSchema) throws SQLException {
        try (Connection connection = serviceDataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertRefused(() -> sql.executeQuery("SELECT * FROM " + otherSchema + ".isolation_probe"));
            assertRefused(() -> sql.executeUpdate("INSERT INTO " + otherSchema + ".isolation_probe VALUES (2)"));
            assertRefused(() -> sql.executeUpdate("DELETE FROM " + otherSchema + ".isolation_probe"));
            assertRefused(() -> sql.execute("CREATE TABLE " + otherSchema + ".intruder (id int)"));
            assertRefused(() -> sql.execute("SET ROLE " + otherSchema));
        }
    }

    @Test
    void theServiceCannotCreateSchemasOrObjectsInPublic() throws SQLException {
        try (Connection connection = serviceDataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertRefused(() -> sql.execute("CREATE SCHEMA sneaky"));
            assertRefused(() -> sql.execute("CREATE TABLE public.sneaky (id int)"));
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void assertRefused(SqlAction action) {
        assertThatThrownBy(action::run)
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
