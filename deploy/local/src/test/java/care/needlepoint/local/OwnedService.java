package care.needlepoint.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A service the test starts and stops itself, from the settings {@code deploy/local/start} wrote for it (the system
 * is started with {@code --without} that service): the launcher would take a service dying under it for a crash and
 * stop everything, so a fault test owns the processes it means to kill. Same jar, port, database role and token as
 * the launcher would use.
 */
final class OwnedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final LocalService service;
    private final Path config;
    private final Path log;
    private final int port;
    private Process process;

    private OwnedService(LocalService service, Path config, Path log, int port) {
        this.service = service;
        this.config = config;
        this.log = log;
        this.port = port;
    }

    /** Starts the service on the port the system gave it and waits until it is ready. */
    static OwnedService start(RunningSystem system, LocalService service) {
        Path config = system.dataDirectory.resolve("config/" + service.module() + ".properties");
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(config)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OwnedService owned = new OwnedService(service, config,
                system.dataDirectory.resolve("logs/" + service.module() + "-owned.log"),
                Integer.parseInt(settings.getProperty("quarkus.http.port")));
        owned.start();
        owned.awaitReady(Duration.ofSeconds(90));
        return owned;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Launches the jar again (returns at once; {@link #awaitReady} waits). */
    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(service.module() + " is already running");
        }
        try {
            process = ServiceProcess.launch(service.packagedJar(RunningSystem.ROOT), config)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module(), e);
        }
    }

    /** SIGTERM, as an orchestrator stopping the service would send; waits until the process has exited. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(service.module() + " was not ready within " + within + "; see " + log);
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
    }
}
