package care.needlepoint.devkit.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates what a service needs before its own Flyway migrations can run: a login role and an empty schema owned by
 * that role. Everything inside the schema is created by the service's migrations. The role gets no privilege outside
 * its schema, so a service cannot read or write another service's data even by mistake.
 *
 * <p>Extensions the schema's migrations declare are installed here, into the schema, because creating them needs
 * rights the role does not have (docs/decisions/0008-postgresql-extensions.md).
 *
 * <p>Idempotent: running it against an already provisioned database only resets the role's password.
 */
public final class SchemaProvisioner {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private SchemaProvisioner() {
    }

    public static ServiceDatabase provision(PostgresServer server, String schema, String password) {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case SQL identifier: " + schema);
        }
        String role = schema;
        try (Connection connection = server.adminConnection(); Statement sql = connection.createStatement()) {
            String database = connection.getCatalog();
            sql.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN;
                      END IF;
                    END $$""".formatted(role));
            sql.execute("ALTER ROLE " + role
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS PASSWORD "
                    + quoteLiteral(password));
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + role);
            sql.execute("REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC");
            for (String extension : NeedlepointSchemas.EXTENSIONS.getOrDefault(schema, List.of())) {
                sql.execute("CREATE EXTENSION IF NOT EXISTS " + extension + " WITH SCHEMA " + schema);
            }
            sql.execute("ALTER ROLE " + role + " IN DATABASE " + quoteIdentifier(database)
                    + " SET search_path = " + schema);
            // PostgreSQL 15+ already denies CREATE on public to PUBLIC; older servers given by URL do not.
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            return new ServiceDatabase(schema, server.jdbcUrl(), role, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String quoteIdentifier(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
