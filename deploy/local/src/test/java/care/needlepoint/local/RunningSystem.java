package care.needlepoint.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import care.needlepoint.devkit.testing.FreePorts;

/**
 * The system as a user starts it: {@code deploy/local/start} in a child process, on free ports, with its own data
 * directory so that a developer's running system is left alone. Stopping it sends SIGTERM, as Ctrl-C would.
 */
final class RunningSystem implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("needlepoint.root", "../..")).toAbsolutePath().normalize();

    final Path dataDirectory;
    final int basePort;
    final int postgresPort;
    private final Process process;
    private final List<String> output = new ArrayList<>();

    private RunningSystem(Path dataDirectory, int basePort, int postgresPort, Process process) {
        this.dataDirectory = dataDirectory;
        this.basePort = basePort;
        this.postgresPort = postgresPort;
        this.process = process;
    }

    static Path newDataDirectory() {
        try {
            return Files.createTempDirectory("needlepoint-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunningSystem start(Path dataDirectory, String... extraArguments) {
        // The services listen on base + 1..3.
        int basePort = FreePorts.block(3) - 1;
        int postgresPort = FreePorts.one();
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/start").toString(),
                "--data-dir", dataDirectory.toString(),
                "--base-port", Integer.toString(basePort),
                "--postgres-port", Integer.toString(postgresPort)));
        command.addAll(List.of(extraArguments));
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
            RunningSystem system = new RunningSystem(dataDirectory, basePort, postgresPort, process);
            system.awaitRunning();
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(LocalService service) {
        return "http://localhost:" + service.port(basePort);
    }

    /** The system's own signing keys, for tokens the token script will not make (expired ones). */
    care.needlepoint.devkit.jwt.SigningKeys keys() {
        return care.needlepoint.devkit.jwt.SigningKeys.loadOrCreate(dataDirectory.resolve("keys"));
    }

    /** A token from deploy/local/token, exactly as a user would get one. */
    String token(String role) {
        try {
            Process token = new ProcessBuilder("bash", ROOT.resolve("deploy/local/token").toString(),
                    "--data-dir", dataDirectory.toString(), role).redirectErrorStream(false).start();
            String printed = new String(token.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (token.waitFor() != 0) {
                throw new IllegalStateException("deploy/local/token failed: "
                        + new String(token.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A connection to the system's database as its administrator, for checks the APIs cannot make. */
    java.sql.Connection sql() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/needlepoint",
                "postgres", "");
    }

    /** When the launcher stopped PostgreSQL and when it was up again, epoch milliseconds. */
    record PostgresRestart(long stoppedAtMillis, long upAtMillis) {
    }

    /**
     * Has the launcher restart its embedded PostgreSQL (stop, stay down {@code down}, start on the same data directory
     * and port; see LocalSystem.RESTART_POSTGRES_REQUEST) and returns once it accepts connections again.
     */
    PostgresRestart restartPostgres(Duration down) throws Exception {
        Path control = dataDirectory.resolve("control");
        Files.createDirectories(control);
        Path done = control.resolve("restart-postgres.done");
        Files.deleteIfExists(done);
        Path request = control.resolve("restart-postgres.tmp");
        Files.writeString(request, Long.toString(down.toSeconds()));
        Files.move(request, control.resolve("restart-postgres"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.nanoTime() + down.plusSeconds(120).toNanos();
        while (!Files.exists(done)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The launcher did not restart PostgreSQL; its output:\n"
                        + String.join("\n", output()));
            }
            Thread.sleep(100);
        }
        String[] times = Files.readString(done).strip().split(" ");
        return new PostgresRestart(Long.parseLong(times[0]), Long.parseLong(times[1]));
    }

    synchronized List<String> output() {
        return List.copyOf(output);
    }

    /** Stops the system as Ctrl-C does and tells whether it exited by itself within the time given. */
    boolean stop(long seconds) throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return exited;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(60);
        }
    }

    private void awaitRunning() {
        CountDownLatch running = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (this) {
                        output.add(line);
                    }
                    if (line.startsWith("Needlepoint is running")) {
                        running.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "start-output");
        reader.setDaemon(true);
        reader.start();
        try {
            // The first run may have to build the jars; afterwards a start takes well under the 90 s promised.
            if (!running.await(300, TimeUnit.SECONDS) || !process.isAlive()) {
                String seen = String.join("\n", output());
                process.destroyForcibly();
                throw new IllegalStateException("deploy/local/start did not report running:\n" + seen);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean portIsFree(int port) {
        return FreePorts.isFree(port);
    }

    /** A port nothing listens on now, for a test's own extra process. */
    static int freePortForTests() {
        return FreePorts.one();
    }
}
