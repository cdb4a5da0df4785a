package care.needlepoint.treatments.shared;

import java.util.UUID;

import care.needlepoint.treatments.platform.problem.Problems;

/** Ids read from query parameters: a missing or malformed one is a 400 naming the parameter. */
public final class Ids {

    private Ids() {
    }

    public static UUID requiredQuery(String name, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalid("query", name, "is required");
        }
        return optionalQuery(name, value);
    }

    /** Null when absent. */
    public static UUID optionalQuery(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", name, "must be a UUID such as 3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55");
        }
    }
}
