package care.needlepoint.devkit.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import care.needlepoint.devkit.jwt.SigningKeys;
import care.needlepoint.devkit.jwt.TokenMinter;
import care.needlepoint.devkit.postgres.ServiceDatabase;

/**
 * Runs the other Needlepoint services a service under test calls, as real processes from their packaged jars, against
 * the same test database (each in its own schema and role) and trusting the same test key. Calls between services in
 * tests are then real HTTP to the real thing. A peer is started once per test JVM and stopped when the JVM exits.
 *
 * <p>The jars come from the peers' own builds: {@code ./mvnw verify} at the root builds clients-service and
 * treatments-service before the services that call them. Running one module alone needs its peers packaged first.
 */
public final class PeerServices {

    private static final Map<String, Peer> RUNNING = new LinkedHashMap<>();
    /** Where each peer listened, so that a stopped peer comes back at the URL the service under test knows. */
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static SigningKeys keys;
    private static String issuer;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Peer(String schema, int port, Process process) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    private PeerServices() {
    }

    /**
     * Starts the peers (schema names, in dependency order: a later peer may call an earlier one) unless they run, and
     * returns the REST client URL settings for the service under test.
     */
    static synchronized Map<String, String> start(List<String> peers, SigningKeys signingKeys, String tokenIssuer) {
        if (keys == null) {
            keys = signingKeys;
            issuer = tokenIssuer;
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (String schema : peers) {
            config.put("quarkus.rest-client." + schema + "-service.url", ensureRunning(schema).url());
        }
        return config;
    }

    /** Starts the peer again after {@link #stop}, at its old port. */
    public static synchronized void restart(String schema) {
        ensureRunning(schema);
    }

    private static Peer ensureRunning(String schema) {
        Peer peer = RUNNING.get(schema);
        if (peer == null) {
            peer = launch(schema);
            RUNNING.put(schema, peer);
            PORTS.put(schema, peer.port());
        }
        return peer;
    }

    private static Peer launch(String schema) {
        String module = schema + "-service";
        Path root = RepositoryRoot.find();
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Tests here call a real " + module + ", but " + jar + " is missing. "
                    + "Run ./mvnw verify at the root (it builds " + module + " first), or ./mvnw -pl " + module
                    + " package -DskipTests once.");
        }
        try {
            ServiceDatabase database = TestDatabase.forService(schema);
            Path work = Files.createDirectories(root.resolve("deploy/devkit/target/peers/" + module));
            Path publicKey = work.resolve("public-key.pem");
            Files.writeString(publicKey, keys.publicKeyPem());
            int port = PORTS.containsKey(schema) ? PORTS.get(schema) : FreePorts.one();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                    "-Dquarkus.datasource.username=" + database.username(),
                    "-Dquarkus.datasource.password=" + database.password(),
                    "-Dmp.jwt.verify.issuer=" + issuer,
                    "-Dmp.jwt.verify.publickey.location=" + publicKey.toAbsolutePath(),
                    "-Dneedlepoint.service-token=" + new TokenMinter(keys, issuer)
                            .issue(module, List.of("service"), Duration.ofDays(1))));
            // A peer that calls an earlier peer is pointed at it.
            RUNNING.values().forEach(earlier -> command.add(
                    "-Dquarkus.rest-client." + earlier.schema() + "-service.url=" + earlier.url()));
            command.addAll(List.of("-jar", jar.toString()));
            Path log = work.resolve("service.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Peer peer = new Peer(schema, port, process);
            awaitReady(peer, log);
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    /**
     * Stops a running peer, for tests that prove how a service behaves when its peer is down. Call {@link #restart}
     * afterwards (in a finally block): other tests expect their peers.
     */
    public static synchronized void stop(String schema) {
        Peer peer = RUNNING.remove(schema);
        if (peer != null) {
            peer.process().destroy();
            try {
                peer.process().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitReady(Peer peer, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        URI health = URI.create(peer.url() + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!peer.process().isAlive()) {
                throw new IllegalStateException(peer.schema() + "-service exited while starting; see " + log);
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting " + peer.schema() + "-service", e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        peer.process().destroy();
        throw new IllegalStateException(peer.schema() + "-service was not ready within " + START_TIMEOUT.toSeconds()
                + " s; see " + log);
    }

}
