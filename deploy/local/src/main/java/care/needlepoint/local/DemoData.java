package care.needlepoint.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo data through the services' public APIs, as an administrator would: it is validated like any other
 * input and proves the APIs on every start. A resource that already has records is left alone, so a restart or a
 * database given by URL never gets duplicates; each record also carries a fixed Idempotency-Key.
 */
final class DemoData {

    /** One file of demo records (a JSON array under src/main/resources/demo) and where to POST them. */
    record Dataset(LocalService service, String path, String file) {
    }

    static final List<Dataset> DATASETS = List.of(
            new Dataset(LocalService.TREATMENTS, "/api/v1/protocols", "protocols.json"),
            new Dataset(LocalService.SCHEDULING, "/api/v1/practitioners", "practitioners.json"),
            new Dataset(LocalService.SCHEDULING, "/api/v1/rooms", "rooms.json"),
            new Dataset(LocalService.CLIENTS, "/api/v1/consent-documents", "consent-documents.json"),
            new Dataset(LocalService.CLIENTS, "/api/v1/clients", "clients.json"));

    /** Demo clients come with their screening and consents: {"client": {…}, "screening": {…}, "consents": [kinds]}. */
    private static final String CLIENTS_FILE = "clients.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoData() {
    }

    static void load(Map<LocalService, Integer> runningPorts, String adminToken, PrintStream out) {
        for (Dataset dataset : DATASETS) {
            Integer port = runningPorts.get(dataset.service());
            if (port == null) {
                out.printf("  demo %-22s skipped: %s is not running here%n", dataset.path(),
                        dataset.service().module());
                continue;
            }
            String base = "http://localhost:" + port + dataset.path();
            if (hasRecords(base, adminToken)) {
                out.printf("  demo %-22s kept: it already has records%n", dataset.path());
                continue;
            }
            JsonNode records = read(dataset.file());
            int index = 0;
            for (JsonNode record : records) {
                String key = "demo-" + dataset.file() + "-" + index++;
                if (dataset.file().equals(CLIENTS_FILE)) {
                    loadClient(base, "http://localhost:" + port, adminToken, key, record);
                } else {
                    post(base, adminToken, key, record);
                }
            }
            out.printf("  demo %-22s loaded %d records%n", dataset.path(), records.size());
        }
    }

    /**
     * A client, then their screening and their consents to the current document of each kind named, so that the demo
     * has clients who can be booked and treated at once.
     */
    private static void loadClient(String clients, String base, String token, String key, JsonNode record) {
        String id = field(post(clients, token, key, record.get("client")), "id");
        if (record.hasNonNull("screening")) {
            post(clients + "/" + id + "/screenings", token, key + "-screening", record.get("screening"));
        }
        for (JsonNode kind : record.path("consents")) {
            String documents = base + "/api/v1/consent-documents?current=true&kind=" + kind.asText();
            HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(documents))
                    .header("Authorization", "Bearer " + token).GET().build());
            String documentId = field(current.body(), "items", "id");
            var consent = JSON.createObjectNode()
                    .put("documentId", documentId)
                    .put("signedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
                    .put("method", "HANDWRITTEN_SIGNATURE");
            post(clients + "/" + id + "/consents", token, key + "-consent-" + kind.asText(), consent);
        }
    }

    /** A field of a JSON answer; for a page ("items"), the field of its first item. */
    private static String field(String json, String... path) {
        try {
            JsonNode node = JSON.readTree(json);
            for (String name : path) {
                node = node.isArray() ? node.path(0).path(name) : node.path(name);
            }
            if (node.isArray()) {
                node = node.path(0);
            }
            if (!node.isTextual()) {
                throw new IllegalStateException("No " + String.join(".", path) + " in " + json);
            }
            return node.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasRecords(String url, String token) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url + "?limit=1"))
                .header("Authorization", "Bearer " + token).GET().build());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + page.statusCode() + ": " + page.body());
        }
        try {
            return JSON.readTree(page.body()).path("items").size() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String post(String url, String token, String idempotencyKey, JsonNode record) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(record.toString())).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Demo record refused by POST " + url + " (" + created.statusCode() + "): "
                    + created.body());
        }
        return created.body();
    }

    private static JsonNode read(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
