package care.needlepoint.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

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
        int basePort = freeBasePort();
        int postgresPort = freePort();
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

    /**
     * Stops the embedded PostgreSQL under the running services with a fast shutdown (SIGINT to the postmaster named
     * in postmaster.pid: open sessions are ended, as on a failover or an operator's restart). pg_ctl would be the
     * usual tool, but it refuses to run as root, which CI containers are; the embedded server itself does not.
     */
    void stopPostgres() throws Exception {
        Path cluster = dataDirectory.resolve("postgres");
        long pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        if (new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor() != 0) {
            throw new IllegalStateException("Could not signal the postmaster " + pid);
        }
        postmaster.onExit().get(60, TimeUnit.SECONDS);
    }

    /**
     * Starts it again as the launcher did, on the same data directory and port, through the same devkit call (the
     * embedded binaries refuse to start as root by hand, which CI containers are; the library knows how). Returns when
     * it accepts connections. The new server belongs to this test; {@link #close()} stops it.
     */
    void startPostgres() {
        restartedPostgres = care.needlepoint.devkit.postgres.PostgresServer.startEmbedded(
                dataDirectory.resolve("postgres"), postgresPort, true, dataDirectory.resolve("logs/postgres.log"));
    }

    private care.needlepoint.devkit.postgres.PostgresServer restartedPostgres;

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
        // The launcher stops the PostgreSQL it started; one this test started after a restart is ours to stop.
        if (restartedPostgres != null) {
            restartedPostgres.close();
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
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nothing listens on now, for a test's own extra process. */
    static int freePortForTests() {
        return freePort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeBasePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (portIsFree(base + 1) && portIsFree(base + 2) && portIsFree(base + 3)) {
                return base;
            }
        }
        throw new IllegalStateException("No three consecutive free ports found");
    }
}
