package care.needlepoint.devkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import care.needlepoint.devkit.postgres.NeedlepointSchemas;
import care.needlepoint.devkit.postgres.PostgresServer;
import care.needlepoint.devkit.postgres.SchemaProvisioner;
import care.needlepoint.devkit.postgres.ServiceDatabase;

/**
 * The real PostgreSQL a test JVM runs against, started once and shared by every test class in it.
 *
 * <p>Where it comes from, in order: an existing server named by {@code QUARKUS_DATASOURCE_JDBC_URL} (with
 * {@code _USERNAME}/{@code _PASSWORD} as an administrator who may create roles and schemas), otherwise an embedded
 * PostgreSQL 17 started from the binaries on Maven Central. Docker is not needed for either.
 *
 * <p>Quarkus may load this class in more than one class loader during a test run, so what identifies the server is
 * kept in system properties rather than only in a static field: every loader finds the same server.
 */
public final class TestDatabase {

    private static final String ADMIN_URL = "needlepoint.test.db.admin-url";
    private static final String ADMIN_USER = "needlepoint.test.db.admin-user";
    private static final String ADMIN_PASSWORD = "needlepoint.test.db.admin-password";
    private static final String ROLE_SECRET = "needlepoint.test.db.role-secret";

    private static PostgresServer server;

    private TestDatabase() {
    }

    /** Provisions {@code schema} (idempotently) and tells how its service connects. */
    public static synchronized ServiceDatabase forService(String schema) {
        PostgresServer postgres = server();
        ServiceDatabase database = null;
        // Every service's schema exists, so that a test can prove a service cannot reach the others.
        for (String each : NeedlepointSchemas.ALL) {
            ServiceDatabase provisioned = SchemaProvisioner.provision(postgres, each, rolePassword(each));
            if (each.equals(schema)) {
                database = provisioned;
            }
        }
        return database != null ? database
                : SchemaProvisioner.provision(postgres, schema, rolePassword(schema));
    }

    /** Row counts of every table in {@code schema}, to prove that a refused request changed nothing. */
    public static Map<String, Long> rowCounts(String schema) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = adminConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet tables = sql.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE'")) {
                while (tables.next()) {
                    counts.put(tables.getString(1), 0L);
                }
            }
            for (String table : counts.keySet()) {
                try (ResultSet count = sql.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of schema " + schema, e);
        }
        return counts;
    }

    /** A connection as the administrator: for tests that must look behind a service's back. */
    public static Connection adminConnection() throws SQLException {
        return server().adminConnection();
    }

    private static synchronized PostgresServer server() {
        if (server != null) {
            return server;
        }
        String adminUrl = System.getProperty(ADMIN_URL);
        if (adminUrl != null) {
            server = PostgresServer.existing(adminUrl, System.getProperty(ADMIN_USER),
                    System.getProperty(ADMIN_PASSWORD));
            return server;
        }
        String givenUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (givenUrl != null && !givenUrl.isBlank()) {
            server = PostgresServer.existing(givenUrl, System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                    System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
            remember(givenUrl, System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                    System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
            return server;
        }
        Path dataDirectory = freshDataDirectory();
        PostgresServer started = PostgresServer.startEmbedded(dataDirectory, 0, false);
        server = started;
        // The embedded server's administrator connects through the same URL as the services.
        remember(started.jdbcUrl(), "postgres", "");
        // Stopped and its files removed when the JVM ends: each test JVM's cluster is about half a gigabyte, and
        // a directory left behind by every run filled a developer's disk within days.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } finally {
                removeWhenStopped(dataDirectory);
            }
        }, "needlepoint-test-postgres-stop"));
        return started;
    }

    private static void remember(String url, String user, String password) {
        System.setProperty(ADMIN_URL, url);
        System.setProperty(ADMIN_USER, user == null ? "" : user);
        System.setProperty(ADMIN_PASSWORD, password == null ? "" : password);
    }

    private static String rolePassword(String schema) {
        String secret = System.getProperty(ROLE_SECRET);
        if (secret == null) {
            secret = UUID.randomUUID().toString();
            System.setProperty(ROLE_SECRET, secret);
        }
        return schema + "-" + secret;
    }

    private static Path freshDataDirectory() {
        try {
            return Files.createTempDirectory("needlepoint-test-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the cluster's directory, again while files reappear: the server may still be writing its statistics
     * and last WAL segment when the stop returns (CI runs were left with pg_stat and pg_wal). Gives up after 10 s.
     */
    private static void removeWhenStopped(Path dataDirectory) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        deleteTree(dataDirectory);
        while (Files.exists(dataDirectory) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            deleteTree(dataDirectory);
        }
    }

    /** Deletes a directory and everything in it, as far as it can: a file that will not go is left behind. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at shutdown: nothing depends on the files any more.
        }
    }
}
