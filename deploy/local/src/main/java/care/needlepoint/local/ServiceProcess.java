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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** One service running as its packaged jar in a child process, its output appended to a log file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";
    private static final Map<String, Boolean> NATIVE_HEAP_TRIM_ACCEPTED = new ConcurrentHashMap<>();

    private final LocalService service;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(LocalService service, int port, Path logFile, Process process) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * How a service JVM is launched here, by the launcher, its tests and the benchmark alike (docs/performance.md,
     * "Why the misses remain", RSS): the serial collector and a heap of at most 160 MiB, because a service's live data
     * after load is 40-60 MiB and G1's own structures and a 256 MiB heap ceiling kept the RSS near 400 MiB; two malloc
     * arenas instead of one per core and thread pool; and the class-data archive the build leaves beside the jar
     * ({@code quarkus.package.jar.appcds.enabled}) when there is one, which shortens start-up. Every 5 s the JVM hands
     * back to the system the C heap that glibc keeps after a burst (the JIT's arenas, mostly), 37-49 MiB of RSS per
     * service after the bench's load; JDKs older than 17.0.9 lack the option, so it is passed only where this JVM
     * accepts it. The settings file is passed by location: it holds a database password, which every user's
     * {@code ps} could read on a command line.
     */
    static ProcessBuilder launch(Path jar, Path configFile) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xms64m", "-Xmx160m"));
        if (NATIVE_HEAP_TRIM_ACCEPTED.computeIfAbsent(java, ServiceProcess::acceptsNativeHeapTrim)) {
            command.add(TRIM_NATIVE_HEAP);
        }
        Path classData = jar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(classData)) {
            command.add("-XX:SharedArchiveFile=" + classData);
        }
        command.addAll(List.of("-Dquarkus.config.locations=" + configFile.toUri(), "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder;
    }

    private static boolean acceptsNativeHeapTrim(String java) {
        try {
            Process probe = new ProcessBuilder(java, TRIM_NATIVE_HEAP, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the jar with its settings in {@code configFile}, its output appended to {@code logFile}. */
    static ServiceProcess start(LocalService service, Path jar, Path configFile, int port, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Process process = launch(jar, configFile)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new ServiceProcess(service, port, logFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module(), e);
        }
    }

    LocalService service() {
        return service;
    }

    int port() {
        return port;
    }

    /** Polls readiness (the service's own database) until it answers 200, the process dies, or the deadline passes. */
    boolean awaitReady(Instant deadline) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            sleep(250);
        }
        return false;
    }

    /** Asks the service to shut down (SIGTERM: Quarkus finishes requests in flight), and kills it if it will not. */
    void stop() {
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

    boolean isAlive() {
        return process.isAlive();
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    Path logFile() {
        return logFile;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
