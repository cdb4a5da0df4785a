package care.needlepoint.local;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Requests that must all be refused: derived from each service's committed OpenAPI document, so every writing
 * operation (and every new one) is covered. Each request body is broken in a way no valid request can be — malformed
 * JSON, the wrong content type, a root that is not an object, an unknown field, a required field left out, a field of
 * the wrong type, a string over its maxLength, a number out of its bounds, an enum value that does not exist, a
 * date-time without an offset, a date or date-time in the year +999999999 (java.time reads it, RFC 3339 and
 * PostgreSQL do not), a huge body — and list queries get injection strings, absurd values and that year. Every answer
 * must be a 4xx problem and no table of any schema may change.
 */
final class BadInputCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE client; --",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../etc/passwd", "\u0000");
    private static final String FAR_OFF_YEAR = "+999999999";

    /** One request of the corpus, and how to send it. */
    record BadRequest(LocalService service, String method, String path, String contentType, String body,
            String description, String role) {
    }

    private BadInputCorpus() {
    }

    static List<BadRequest> build(RunningSystem system, Path root, String adminToken) {
        List<BadRequest> corpus = new ArrayList<>();
        for (LocalService service : LocalService.values()) {
            JsonNode document = read(root.resolve("docs/api/" + service.module() + ".json"));
            JsonNode schemas = document.path("components").path("schemas");
            Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                String concrete = withExistingIds(system, service, path.getKey(), adminToken);
                for (String method : List.of("post", "put")) {
                    JsonNode operation = path.getValue().path(method);
                    JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json")
                            .path("schema");
                    if (operation.isMissingNode() || bodySchema.isMissingNode()) {
                        continue;
                    }
                    int first = corpus.size();
                    bodyMutations(corpus, service, method, concrete, resolve(bodySchema, schemas), schemas,
                            operation.path("operationId").asText());
                    String role = allowedRole(operation);
                    for (int i = first; i < corpus.size(); i++) {
                        BadRequest request = corpus.get(i);
                        corpus.set(i, new BadRequest(request.service(), request.method(), request.path(),
                                request.contentType(), request.body(), request.description(), role));
                    }
                }
                JsonNode list = path.getValue().path("get");
                if (!list.isMissingNode()) {
                    queryMutations(corpus, service, concrete, list);
                }
            }
        }
        return corpus;
    }

    private static void bodyMutations(List<BadRequest> corpus, LocalService service, String method, String path,
            JsonNode schema, JsonNode schemas, String operationId) {
        ObjectNode base = example(schema, schemas);
        add(corpus, service, method, path, "application/json", "{\"unterminated\": ", operationId + ": malformed JSON");
        add(corpus, service, method, path, "text/plain", base.toString(), operationId + ": wrong content type");
        add(corpus, service, method, path, "application/json", "[" + base + "]", operationId + ": array root");
        add(corpus, service, method, path, "application/json", "\"text\"", operationId + ": string root");
        add(corpus, service, method, path, "application/json", "", operationId + ": empty body");
        ObjectNode unknown = base.deepCopy();
        unknown.put("surpriseField", INJECTIONS.get(1));
        add(corpus, service, method, path, "application/json", unknown.toString(), operationId + ": unknown field");
        ObjectNode huge = base.deepCopy();
        huge.put("padding", "x".repeat(300 * 1024));
        add(corpus, service, method, path, "application/json", huge.toString(), operationId + ": 300 KiB body");

        for (JsonNode required : schema.path("required")) {
            ObjectNode missing = base.deepCopy();
            missing.remove(required.asText());
            add(corpus, service, method, path, "application/json", missing.toString(),
                    operationId + ": without required " + required.asText());
        }
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (property.getValue().path("readOnly").asBoolean(false)) {
                continue;
            }
            JsonNode field = resolve(property.getValue(), schemas);
            String name = property.getKey();
            String type = typeOf(field);
            ObjectNode wrongType = base.deepCopy();
            if ("string".equals(type) || type.isEmpty()) {
                // An object where a string (or a typed value) is expected; never coerced by the strict JSON reader.
                wrongType.set(name, JSON.createObjectNode().put("nested", "object"));
            } else {
                wrongType.put(name, "not a " + type);
            }
            add(corpus, service, method, path, "application/json", wrongType.toString(),
                    operationId + ": " + name + " of the wrong type");
            if (field.has("maxLength")) {
                ObjectNode tooLong = base.deepCopy();
                tooLong.put(name, "a".repeat(field.path("maxLength").asInt() + 1));
                add(corpus, service, method, path, "application/json", tooLong.toString(),
                        operationId + ": " + name + " over maxLength");
            }
            if (field.has("maximum") && ("integer".equals(type) || "number".equals(type))) {
                ObjectNode tooBig = base.deepCopy();
                tooBig.put(name, field.path("maximum").decimalValue().add(java.math.BigDecimal.valueOf(1000)));
                add(corpus, service, method, path, "application/json", tooBig.toString(),
                        operationId + ": " + name + " over maximum");
            }
            if (field.has("enum")) {
                ObjectNode bogus = base.deepCopy();
                bogus.put(name, "NOT_A_" + name.toUpperCase());
                add(corpus, service, method, path, "application/json", bogus.toString(),
                        operationId + ": " + name + " not in its enum");
            }
            String format = field.path("format").asText();
            if ("date-time".equals(format)) {
                ObjectNode local = base.deepCopy();
                local.put(name, "2026-11-21T10:00:00");
                add(corpus, service, method, path, "application/json", local.toString(),
                        operationId + ": " + name + " without an offset");
            }
            if ("date".equals(format) || "date-time".equals(format)) {
                ObjectNode farOff = base.deepCopy();
                farOff.put(name, FAR_OFF_YEAR + ("date".equals(format) ? "-01-01" : "-01-01T10:00:00Z"));
                add(corpus, service, method, path, "application/json", farOff.toString(),
                        operationId + ": " + name + " in the year " + FAR_OFF_YEAR);
            }
        }
    }

    private static void queryMutations(List<BadRequest> corpus, LocalService service, String path, JsonNode list) {
        for (JsonNode parameter : list.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            boolean freeText = "string".equals(schema.path("type").asText()) && !schema.has("enum")
                    && !schema.has("format") && !schema.has("pattern") && !"cursor".equals(name);
            if (freeText) {
                // Free text may legitimately contain these; it must simply not break anything (200 or 4xx).
                continue;
            }
            for (String injection : INJECTIONS.subList(0, 2)) {
                add(corpus, service, "get", path + "?" + name + "=" + encode(injection), null, null,
                        "GET " + path + " with " + name + " = " + injection);
            }
            add(corpus, service, "get", path + "?" + name + "=" + "9".repeat(40), null, null,
                    "GET " + path + " with an absurd " + name);
            String format = schema.path("format").asText();
            if ("date".equals(format) || "date-time".equals(format)) {
                String farOff = FAR_OFF_YEAR + ("date".equals(format) ? "-01-01" : "-01-01T10:00:00Z");
                add(corpus, service, "get", path + "?" + name + "=" + encode(farOff), null, null,
                        "GET " + path + " with " + name + " in the year " + FAR_OFF_YEAR);
            }
        }
    }

    private static void add(List<BadRequest> corpus, LocalService service, String method, String path,
            String contentType, String body, String description) {
        corpus.add(new BadRequest(service, method, path, contentType, body, description, "admin"));
    }

    /** A role the operation allows, so that the request reaches validation: admin where it may, else the first. */
    private static String allowedRole(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.path("bearer")
                .forEach(role -> roles.add(role.asText())));
        return roles.isEmpty() || roles.contains("admin") ? "admin" : roles.get(0);
    }

    /** A body made of the schema's property examples; whether it would be valid does not matter. */
    private static ObjectNode example(JsonNode schema, JsonNode schemas) {
        ObjectNode body = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode field = resolve(property.getValue(), schemas);
            JsonNode example = property.getValue().path("examples").path(0);
            if (example.isMissingNode()) {
                example = field.path("examples").path(0);
            }
            if (example.isMissingNode() && field.has("example")) {
                example = field.get("example");
            }
            if (!example.isMissingNode()) {
                body.set(property.getKey(), example);
            } else if (field.has("properties")) {
                body.set(property.getKey(), example(field, schemas));
            } else if ("array".equals(field.path("type").asText())) {
                ArrayNode empty = JSON.createArrayNode();
                body.set(property.getKey(), empty);
            }
        }
        return body;
    }

    /** The JSON type of a property: OpenAPI 3.1 writes nullable ones as ["string", "null"]. */
    private static String typeOf(JsonNode field) {
        JsonNode type = field.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return field.has("properties") ? "object" : "";
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode current = schema;
        for (int depth = 0; depth < 5; depth++) {
            if (current.has("$ref")) {
                current = schemas.path(current.path("$ref").asText().replace("#/components/schemas/", ""));
            } else if (current.has("allOf") && current.path("allOf").size() == 1) {
                current = current.path("allOf").get(0);
            } else if (current.has("anyOf")) {
                JsonNode first = null;
                for (JsonNode option : current.path("anyOf")) {
                    if (!"null".equals(option.path("type").asText())) {
                        first = option;
                        break;
                    }
                }
                current = first == null ? current : first;
                if (first == null) {
                    break;
                }
            } else {
                break;
            }
        }
        return current;
    }

    /** Path parameters filled with a real record's id where one exists, so requests reach validation. */
    private static String withExistingIds(RunningSystem system, LocalService service, String template, String token) {
        if (!template.contains("{")) {
            return template;
        }
        int brace = template.indexOf('{');
        String collection = template.substring(0, brace - 1);
        String id = null;
        Response page = given().baseUri(system.url(service)).auth().oauth2(token)
                .queryParam("limit", 1).get(collection);
        if (page.statusCode() == 200) {
            id = page.path("items[0].id");
        }
        String filled = template.replaceFirst("\\{[^}]+}", id == null ? "00000000-0000-4000-8000-000000000000" : id);
        return filled.replaceAll("\\{version}", "1").replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
    }

    static Response send(RunningSystem system, BadRequest request, String token) {
        RequestSpecification spec = given().baseUri(system.url(request.service())).auth().oauth2(token)
                .urlEncodingEnabled(false).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .header("If-Match", "\"1\"");
        if (request.contentType() != null) {
            spec.contentType(request.contentType()).body(request.body());
        }
        return spec.request(request.method().toUpperCase(), request.path());
    }

    static Map<String, Long> rowCounts(RunningSystem system) {
        Map<String, Long> counts = new TreeMap<>();
        String url = "jdbc:postgresql://localhost:" + system.postgresPort + "/needlepoint";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT table_schema || '.' || table_name FROM "
                    + "information_schema.tables WHERE table_schema IN ('clients', 'treatments', 'scheduling') "
                    + "AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = sql.executeQuery("SELECT count(*) FROM " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count rows", e);
        }
        return counts;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode read(Path document) {
        try {
            return JSON.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + document, e);
        }
    }

    /** Answers that break the rule: not a 4xx, or not a problem document. */
    static List<String> violations(RunningSystem system, List<BadRequest> corpus, Map<String, String> tokens) {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (BadRequest request : corpus) {
            Response response = send(system, request, tokens.get(request.role()));
            int status = response.statusCode();
            seen.merge(request.service().module() + " " + status, 1, Integer::sum);
            if (status < 400 || status >= 500
                    || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                violations.add(request.description() + " → " + status + " " + response.contentType() + " "
                        + response.asString().substring(0, Math.min(200, response.asString().length())));
            }
        }
        System.out.println("Bad-input corpus: " + corpus.size() + " requests; answers by service and status: " + seen);
        return violations;
    }
}
