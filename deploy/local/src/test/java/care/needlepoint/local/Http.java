package care.needlepoint.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Timed JSON requests for the fault suite: every answer with how long it took, and a failure to get any answer
 * (connection refused, reset, no answer within 30 s; a loaded runner can take over 10 s for a cold path) as status
 * 0 rather than an exception, so that load loops count it instead of dying.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One answer: status (0 for none), the problem type if it was a problem, its body, when and how long. */
    record Answer(int status, String contentType, String body, long startedNanos, long millis, String replayed) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        String problemType() {
            return isProblem() ? json().path("type").asText(null) : null;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        String field(String name) {
            return json().path(name).asText(null);
        }
    }

    private Http() {
    }

    static Answer post(String url, String token, String idempotencyKey, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    static Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private static Answer send(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), started, (System.nanoTime() - started) / 1_000_000,
                    response.headers().firstValue("Idempotent-Replayed").orElse(null));
        } catch (IOException noAnswer) {
            return new Answer(0, null, noAnswer.toString(), started, (System.nanoTime() - started) / 1_000_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
