package care.needlepoint.treatments.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.devkit.testing.TestTokens;
import care.needlepoint.treatments.protocol.api.ProtocolFields;
import io.restassured.http.ContentType;

/**
 * Builds protocol request bodies: valid by default (a clinic acne-scar protocol on the CLINIC_DEFAULT
 * contraindications), with a code and name unique per builder so that tests never see each other's protocols, and
 * easy to break one field at a time. Fields are named by their JSON path: {@code with("numbing.agent", null)},
 * {@code with("depthLimits[1].maxMm", 0.75)}, {@code without("maintenanceIntervalMonths")}.
 */
public final class ProtocolBuilder {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ProtocolBuilder() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        fields.put("code", "clinic-acne-scars-" + unique);
        fields.put("name", "Acne scar revision " + unique);
        fields.put("summary", "Medical microneedling for atrophic acne scars: a course of sessions at 1.0-2.0 mm "
                + "under topical anaesthetic.");
        fields.put("indication", "ACNE_SCARS");
        fields.put("setting", "CLINIC");
        fields.put("treatmentAreas", list("CHEEKS", "TEMPLES"));
        fields.put("depthLimits", list(
                depthLimit("CHEEKS", "PEN", 1.0, 2.0),
                depthLimit("TEMPLES", "PEN", 0.5, 1.0)));
        fields.put("numbing", object("policy", "REQUIRED_ABOVE_DEPTH", "requiredAboveDepthMm", 1.0,
                "agent", "Lidocaine 5% cream", "minimumDwellMinutes", 30));
        fields.put("procedureMinutes", 45);
        fields.put("sessions", object("default", 4, "min", 3, "max", 6));
        fields.put("spacingDays", object("min", 28, "max", 42));
        fields.put("maintenanceIntervalMonths", object("min", 6, "max", 12));
        fields.put("aftercare", list(
                "No make-up, sweating, sauna or swimming for 24-48 hours.",
                "Avoid the sun and use SPF 30+.",
                "No retinoids, acids, vitamin C or scrubs for 5-7 days."));
        fields.put("serums", list("Hyaluronic acid"));
        fields.put("contraindicationPreset", "CLINIC_DEFAULT");
    }

    /** A valid CLINIC protocol for acne scars on the cheeks and temples. */
    public static ProtocolBuilder aProtocol() {
        return new ProtocolBuilder();
    }

    /** A valid HOME protocol: a roller on cheeks and forehead, 0.25 then 0.50 then 0.75 mm with approval. */
    public static ProtocolBuilder aHomeProtocol() {
        return new ProtocolBuilder()
                .with("setting", "HOME")
                .with("indication", "HOME_MAINTENANCE")
                .with("treatmentAreas", list("CHEEKS", "FOREHEAD"))
                .with("depthLimits", list(
                        depthLimit("CHEEKS", "ROLLER", 0.25, 0.75),
                        depthLimit("FOREHEAD", "ROLLER", 0.25, 0.5)))
                .with("numbing", object("policy", "NONE"))
                .with("procedureMinutes", 10)
                .with("sessions", object("default", 12, "min", 6, "max", 12))
                .with("spacingDays", object("min", 2, "max", 4))
                .without("maintenanceIntervalMonths")
                .with("homeProgression", list(
                        homeStep(0.25, 2, 4, 4, false),
                        homeStep(0.5, 3, 7, 8, false),
                        homeStep(0.75, 14, 28, null, true)));
    }

    public static Map<String, Object> depthLimit(String area, String deviceType, double minMm, double maxMm) {
        return object("area", area, "deviceType", deviceType, "minMm", minMm, "maxMm", maxMm);
    }

    /** A home progression step; {@code minWeeks} null leaves the field out. */
    public static Map<String, Object> homeStep(double depthMm, int minDays, int maxDays, Integer minWeeks,
            boolean approval) {
        Map<String, Object> step = object("depthMm", depthMm, "intervalDays", object("min", minDays, "max", maxDays));
        if (minWeeks != null) {
            step.put("minWeeksBeforeNextStep", minWeeks);
        }
        step.put("requiresPractitionerApproval", approval);
        return step;
    }

    /** A contraindication rule: item, effect, then optional field/value pairs ("windowDays", 30). */
    public static Map<String, Object> rule(String item, String effect, Object... more) {
        Map<String, Object> rule = object("item", item, "effect", effect);
        rule.putAll(object(more));
        return rule;
    }

    /** Sets a field by its JSON path, creating nested objects as needed; a list index must exist. */
    public ProtocolBuilder with(String path, Object value) {
        Step last = navigate(path, true);
        last.set(value);
        return this;
    }

    /** Removes a field by its JSON path (a list element is removed from its list); nothing if it is not there. */
    public ProtocolBuilder without(String path) {
        Step last = navigate(path, false);
        if (last != null) {
            last.remove();
        }
        return this;
    }

    public String code() {
        return (String) fields.get("code");
    }

    public String name() {
        return (String) fields.get("name");
    }

    /** A deep copy of the body, safe to change or send while the builder changes on. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> body() {
        return JSON.convertValue(fields, LinkedHashMap.class);
    }

    /** The body as the service reads it, for plain unit tests of the domain rules. */
    public ProtocolFields fields() {
        return JSON.convertValue(fields, ProtocolFields.class);
    }

    /** Creates the protocol through the API as an administrator and returns its id. */
    public String create() {
        return given().auth().oauth2(TestTokens.forRole("admin"))
                .contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/protocols")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The container and key (String) or index (Integer) a path ends at. */
    private record Step(Object container, Object key) {

        @SuppressWarnings("unchecked")
        void set(Object value) {
            Object copy = value instanceof Map<?, ?> || value instanceof List<?> ? deepCopy(value) : value;
            if (container instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put((String) key, copy);
            } else {
                ((List<Object>) container).set((Integer) key, copy);
            }
        }

        void remove() {
            if (container instanceof Map<?, ?> map) {
                map.remove(key);
            } else {
                ((List<?>) container).remove((int) (Integer) key);
            }
        }
    }

    /** A mutable copy of nested maps and lists, so that later changes through the builder stay in the builder. */
    private static Object deepCopy(Object value) {
        try {
            return JSON.readValue(JSON.writeValueAsBytes(value), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks a path such as {@code depthLimits[1].maxMm}; null when {@code create} is false and it is not there. */
    @SuppressWarnings("unchecked")
    private Step navigate(String path, boolean create) {
        List<Object> keys = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Not a JSON path: " + path);
            }
            keys.add(matcher.group(1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                keys.add(Integer.parseInt(index.group(1)));
            }
        }
        Object container = fields;
        for (int i = 0; i < keys.size() - 1; i++) {
            Object key = keys.get(i);
            Object next;
            if (container instanceof Map<?, ?> map) {
                next = map.get(key);
                if (!(next instanceof Map<?, ?>) && !(next instanceof List<?>)) {
                    if (!create) {
                        return null;
                    }
                    next = keys.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
                    ((Map<String, Object>) map).put((String) key, next);
                }
            } else {
                List<Object> list = (List<Object>) container;
                int index = (Integer) key;
                if (index >= list.size()) {
                    if (!create) {
                        return null;
                    }
                    throw new IllegalArgumentException("No element " + index + " in " + path);
                }
                next = list.get(index);
            }
            container = next;
        }
        return new Step(container, keys.get(keys.size() - 1));
    }

    public static List<Object> list(Object... elements) {
        return new ArrayList<>(Arrays.asList(elements));
    }

    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
