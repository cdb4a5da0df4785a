package care.needlepoint.local;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.devkit.jwt.SigningKeys;
import care.needlepoint.devkit.jwt.TokenMinter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation in every service's committed OpenAPI document, called with no token, an expired token, a token
 * signed by an unknown key, and a valid token of each role the operation does not list: the first three must be 401
 * problems, the last 403 problems. Derived from the documents, so a new endpoint is covered the day it is published.
 */
final class OperationSecuritySweep {

    static final List<String> ROLES = List.of("front-desk", "practitioner", "admin", "integration", "service");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /**
     * Operations that take no bearer token by design, each with its own protection: calendar apps cannot send tokens,
     * so an iCal feed is guarded by a revocable secret in its URL (scheduling README).
     */
    static final Set<String> PUBLIC_OPERATIONS = Set.of("getCalendarFeed");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One operation of one service, as its document describes it. */
    record Operation(LocalService service, String method, String pathTemplate, String operationId,
            Set<String> roles, String callablePath) {
    }

    private OperationSecuritySweep() {
    }

    static List<Operation> operations(Path root) {
        List<Operation> operations = new ArrayList<>();
        for (LocalService service : LocalService.values()) {
            JsonNode document = read(root.resolve("docs/api/" + service.module() + ".json"));
            Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                while (methods.hasNext()) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    if (!METHODS.contains(method.getKey())) {
                        continue;
                    }
                    JsonNode operation = method.getValue();
                    Set<String> roles = new TreeSet<>();
                    operation.path("security").forEach(requirement -> requirement.path("bearer")
                            .forEach(role -> roles.add(role.asText())));
                    operations.add(new Operation(service, method.getKey(), path.getKey(),
                            operation.path("operationId").asText(), roles,
                            callable(path.getKey(), path.getValue(), operation)));
                }
            }
        }
        return operations;
    }

    /** The template with each path parameter filled: a fresh UUID, or 1 for numbers. */
    private static String callable(String template, JsonNode pathItem, JsonNode operation) {
        Map<String, String> values = new LinkedHashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                String type = parameter.path("schema").path("type").asText();
                values.put(parameter.path("name").asText(),
                        "integer".equals(type) || "number".equals(type) ? "1" : UUID.randomUUID().toString());
            }
        }
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** The answers that break the rule, one line each; empty when every operation behaves. */
    static List<String> violations(RunningSystem system, List<Operation> operations) {
        SigningKeys keys = system.keys();
        TokenMinter minter = new TokenMinter(keys, LocalOptions.ISSUER);
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        Map<String, Function<RequestSpecification, RequestSpecification>> unauthenticated = new LinkedHashMap<>();
        unauthenticated.put("no token", request -> request);
        String expired = minter.issue("someone", List.of("admin"), longAgo, longAgo.plus(Duration.ofMinutes(5)));
        unauthenticated.put("an expired token", request -> request.auth().oauth2(expired));
        String forged = new TokenMinter(SigningKeys.generate(), LocalOptions.ISSUER)
                .issue("mallory", List.of("admin"), Duration.ofMinutes(5));
        unauthenticated.put("a token of an unknown key", request -> request.auth().oauth2(forged));
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, minter.issue("sweep-" + role, List.of(role), Duration.ofMinutes(30))));

        List<String> violations = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.roles().isEmpty()) {
                if (!PUBLIC_OPERATIONS.contains(operation.operationId())) {
                    violations.add(operation.operationId() + " lists no roles in its document");
                }
                continue;
            }
            for (Map.Entry<String, Function<RequestSpecification, RequestSpecification>> caller
                    : unauthenticated.entrySet()) {
                expect(violations, operation, caller.getKey(), 401,
                        call(system, operation, caller.getValue()));
            }
            for (String role : ROLES) {
                if (!operation.roles().contains(role)) {
                    String token = tokens.get(role);
                    expect(violations, operation, "role " + role, 403,
                            call(system, operation, request -> request.auth().oauth2(token)));
                }
            }
        }
        return violations;
    }

    private static Response call(RunningSystem system, Operation operation,
            Function<RequestSpecification, RequestSpecification> credentials) {
        RequestSpecification request = credentials.apply(given().baseUri(system.url(operation.service())));
        if (!"get".equals(operation.method()) && !"delete".equals(operation.method())) {
            request.contentType("application/json").body("{}");
        }
        return request.request(operation.method().toUpperCase(), operation.callablePath());
    }

    private static void expect(List<String> violations, Operation operation, String caller, int status,
            Response response) {
        if (response.statusCode() != status
                || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            violations.add(operation.service().module() + " " + operation.method().toUpperCase() + " "
                    + operation.pathTemplate() + " (" + operation.operationId() + ") with " + caller + ": expected "
                    + status + " problem, got " + response.statusCode() + " " + response.contentType());
        }
    }

    private static JsonNode read(Path document) {
        try {
            return JSON.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + document, e);
        }
    }
}
