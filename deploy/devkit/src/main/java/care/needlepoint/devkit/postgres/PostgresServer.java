package care.needlepoint.devkit.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server the devkit may administer: either one it started itself from the embedded binaries on Maven
 * Central (no Docker, no installation), or an existing one reached with an administrator's credentials.
 */
public final class PostgresServer implements AutoCloseable {

    /** The one database all Needlepoint services share; each owns a schema in it. */
    public static final String DATABASE = "needlepoint";

    private static final String EMBEDDED_SUPERUSER = "postgres";

    private final String adminJdbcUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String serviceJdbcUrl;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String adminJdbcUrl, String adminUser, String adminPassword, String serviceJdbcUrl,
            EmbeddedPostgres embedded) {
        this.adminJdbcUrl = adminJdbcUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.serviceJdbcUrl = serviceJdbcUrl;
        this.embedded = embedded;
    }

    /**
     * Starts an embedded PostgreSQL whose cluster lives in {@code dataDirectory}. An existing cluster there is reused,
     * so a restart keeps its data. {@code durable} keeps fsync and synchronous commit on (local runs whose data
     * should survive a crash); tests turn them off for speed.
     */
    public static PostgresServer startEmbedded(Path dataDirectory, int port, boolean durable) {
        return startEmbedded(dataDirectory, port, durable, null);
    }

    /** As {@link #startEmbedded(Path, int, boolean)}, with the server's own output appended to {@code logFile}. */
    public static PostgresServer startEmbedded(Path dataDirectory, int port, boolean durable, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setDataDirectoryCustomizer(dir -> ClientAuthentication.requirePasswordsForServiceRoles(
                            dir.toPath(), EMBEDDED_SUPERUSER));
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            }
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            String admin = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            createDatabaseIfMissing(admin + "postgres", EMBEDDED_SUPERUSER, "");
            return new PostgresServer(admin + DATABASE, EMBEDDED_SUPERUSER, "", admin + DATABASE, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Uses an existing PostgreSQL. {@code jdbcUrl} names the database the services will share; the administrator
     * must be allowed to create roles and schemas in it.
     */
    public static PostgresServer existing(String jdbcUrl, String adminUser, String adminPassword) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new PostgresServer(jdbcUrl, adminUser, adminPassword == null ? "" : adminPassword, jdbcUrl, null);
    }

    /** A connection as the administrator, for provisioning and for tests that inspect the database directly. */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
    }

    /** The JDBC URL services use; they authenticate with their own role. */
    public String jdbcUrl() {
        return serviceJdbcUrl;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
            }
        }
    }

    private static void createDatabaseIfMissing(String maintenanceUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
                Statement statement = connection.createStatement();
                var exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + DATABASE + " database", e);
        }
    }
}
