package care.needlepoint.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import care.needlepoint.devkit.jwt.SigningKeys;
import care.needlepoint.devkit.jwt.TokenMinter;
import care.needlepoint.devkit.postgres.PostgresServer;
import care.needlepoint.devkit.postgres.SchemaProvisioner;
import care.needlepoint.devkit.postgres.ServiceDatabase;

/**
 * The whole system on one machine: one PostgreSQL, one schema and role per service, the services as packaged jars,
 * demo data. Everything it keeps (database, signing keys, per-service settings, logs) lives in the data directory.
 */
final class LocalSystem implements AutoCloseable {

    /**
     * A file in the data directory's {@code control} folder that asks the running launcher to restart its embedded
     * PostgreSQL (the reliability suite's database fault). Its content is how many seconds the database stays down.
     * The launcher owns the server, so it is the one that can start it again: the binaries refuse to be started by
     * hand as root, which CI containers are, and a second process cannot reuse the launcher's unpacked binaries.
     */
    static final String RESTART_POSTGRES_REQUEST = "restart-postgres";

    /** Written when the restart is done: epoch milliseconds when the server was stopped and when it was up again. */
    static final String RESTART_POSTGRES_DONE = "restart-postgres.done";

    private PostgresServer postgres;
    private final LocalOptions options;
    private final List<ServiceProcess> services;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalSystem(LocalOptions options, PostgresServer postgres, List<ServiceProcess> services) {
        this.options = options;
        this.postgres = postgres;
        this.services = services;
    }

    static LocalSystem start(LocalOptions options, PrintStream out) {
        Instant deadline = Instant.now().plus(options.timeout());
        Path data = options.dataDirectory();
        checkJars(options);
        if (options.reset()) {
            deleteRecursively(data.resolve("postgres"));
            out.println("Reset: the local database was deleted.");
        }

        PostgresServer postgres = options.databaseUrl() != null
                ? PostgresServer.existing(options.databaseUrl(), options.databaseUser(), options.databasePassword())
                : startEmbeddedPostgres(options);
        List<ServiceProcess> started = new ArrayList<>();
        LocalSystem system = new LocalSystem(options, postgres, started);
        try {
            SigningKeys keys = SigningKeys.loadOrCreate(options.keysDirectory());
            for (LocalService service : LocalService.values()) {
                ServiceDatabase database = SchemaProvisioner.provision(postgres, service.schema(), newPassword());
                Path config = writeConfig(options, service, database, keys);
                if (!options.without().contains(service)) {
                    started.add(ServiceProcess.start(service, service.packagedJar(options.root()), config,
                            service.port(options.basePort()), data.resolve("logs/" + service.module() + ".log")));
                }
            }
            for (ServiceProcess service : started) {
                if (!service.awaitReady(deadline)) {
                    throw new IllegalStateException(service.service().module() + " did not become healthy within "
                            + options.timeout().toSeconds() + " s. Last lines of " + service.logFile() + ":\n"
                            + service.logTail(30));
                }
            }
            Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);
            started.forEach(service -> ports.put(service.service(), service.port()));
            if (options.demoData()) {
                DemoData.load(ports, new TokenMinter(keys, LocalOptions.ISSUER)
                        .issue("local-demo-loader", List.of("admin"), Duration.ofMinutes(10)), out);
            }
            printSummary(options, postgres, started, out);
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /** Blocks until {@link #close()} has run (from the shutdown hook on Ctrl-C) or a service dies on its own. */
    void awaitTermination() {
        try {
            while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                restartPostgresIfAsked();
                for (ServiceProcess service : services) {
                    // Ctrl-C reaches the services too; give our own shutdown hook a moment to claim the stop.
                    if (!service.isAlive() && !stopped.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
                        System.err.println(service.service().module() + " stopped unexpectedly; see "
                                + service.logFile() + ":\n" + service.logTail(20));
                        System.exit(1);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        stopped.countDown();
        services.parallelStream().forEach(ServiceProcess::stop);
        postgres.close();
    }

    private static PostgresServer startEmbeddedPostgres(LocalOptions options) {
        Path data = options.dataDirectory();
        return PostgresServer.startEmbedded(data.resolve("postgres"), options.postgresPort(), true,
                data.resolve("logs/postgres.log"));
    }

    /** Serves a {@link #RESTART_POSTGRES_REQUEST}: stop, stay down as asked, start on the same data and port. */
    private synchronized void restartPostgresIfAsked() {
        Path control = options.dataDirectory().resolve("control");
        Path request = control.resolve(RESTART_POSTGRES_REQUEST);
        if (stopped.getCount() == 0 || !Files.exists(request) || !postgres.isEmbedded()) {
            return;
        }
        try {
            long downSeconds = Long.parseLong(Files.readString(request).strip());
            Files.delete(request);
            postgres.close();
            long stoppedAt = System.currentTimeMillis();
            Thread.sleep(Duration.ofSeconds(downSeconds).toMillis());
            postgres = startEmbeddedPostgres(options);
            long upAt = System.currentTimeMillis();
            Path done = control.resolve(RESTART_POSTGRES_DONE + ".tmp");
            Files.writeString(done, stoppedAt + " " + upAt);
            Files.move(done, control.resolve(RESTART_POSTGRES_DONE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("PostgreSQL restarted on request (down %d s)%n", downSeconds);
        } catch (IOException | NumberFormatException e) {
            System.err.println("Could not restart PostgreSQL as asked: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofDays(30);

    private static void checkJars(LocalOptions options) {
        for (LocalService service : LocalService.values()) {
            Path jar = service.packagedJar(options.root());
            if (!options.without().contains(service) && !Files.isRegularFile(jar)) {
                throw new IllegalStateException("Missing " + jar + "; run deploy/local/start --build");
            }
        }
    }

    /**
     * The service's settings, kept where both the packaged jar and {@code quarkus:dev} find them, readable by the
     * owner only: it holds the role's password, which is new on every start.
     */
    private static Path writeConfig(LocalOptions options, LocalService service, ServiceDatabase database,
            SigningKeys keys) {
        Properties settings = new Properties();
        settings.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        settings.setProperty("quarkus.datasource.username", database.username());
        settings.setProperty("quarkus.datasource.password", database.password());
        settings.setProperty("quarkus.http.port", Integer.toString(service.port(options.basePort())));
        settings.setProperty("mp.jwt.verify.issuer", LocalOptions.ISSUER);
        settings.setProperty("mp.jwt.verify.publickey.location",
                SigningKeys.publicKeyFile(options.keysDirectory()).toAbsolutePath().toString());
        // The service's own credential for reads from the others (docs/decisions/0007-service-credentials.md). The
        // local system is its identity provider: a fresh token on every start, valid longer than any local session.
        settings.setProperty("needlepoint.service-token", new TokenMinter(keys, LocalOptions.ISSUER)
                .issue(service.module(), List.of("service"), SERVICE_TOKEN_LIFETIME));
        for (LocalService callee : service.calls()) {
            settings.setProperty("quarkus.rest-client." + callee.module() + ".url",
                    "http://localhost:" + callee.port(options.basePort()));
        }
        Path file = options.dataDirectory().resolve("config").resolve(service.module() + ".properties");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory is in the user's own tree.
            }
            try (var writer = Files.newBufferedWriter(file)) {
                settings.store(writer,
                        "Written by deploy/local/start for " + service.module() + "; rewritten on every start");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static void printSummary(LocalOptions options, PostgresServer postgres, List<ServiceProcess> started,
            PrintStream out) {
        out.println();
        out.println("Needlepoint is running. Ctrl-C stops everything.");
        for (ServiceProcess service : started) {
            String base = "http://localhost:" + service.port();
            out.printf("  %-20s %-24s Swagger UI %s/q/swagger-ui%n", service.service().module(), base, base);
        }
        for (LocalService service : options.without()) {
            out.printf("  %-20s not started (--without); its settings: %s%n", service.module(),
                    options.dataDirectory().resolve("config/" + service.module() + ".properties"));
        }
        out.printf("  %-20s %s%s%n", "PostgreSQL", postgres.jdbcUrl(),
                postgres.isEmbedded() ? " (data in " + options.dataDirectory().resolve("postgres") + ")" : "");
        out.printf("  %-20s %s%n", "Logs", options.dataDirectory().resolve("logs"));
        out.println("  Token: deploy/local/token front-desk   (or practitioner, admin, integration, service)");
        out.flush();
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }
}
