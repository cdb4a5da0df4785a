package care.needlepoint.scheduling.platform.paging;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.needlepoint.scheduling.platform.problem.Problems;

/**
 * An opaque continuation token: the sort-key values of the last item of a page, so the next page starts right after
 * it (keyset paging: stable under inserts, and as fast on page 1,000 as on page 1). Callers must not parse it.
 * The values travel as a JSON array, so no character in a name can break the token.
 */
public final class Cursor {

    /** Far above any cursor we issue; longer ones are refused before decoding. */
    public static final int MAX_LENGTH = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Cursor() {
    }

    public static String encode(List<String> sortKey) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(sortKey));
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a cursor", e);
        }
    }

    /** The sort-key values, or a 400 problem naming the {@code cursor} parameter when it is not one of ours. */
    public static List<String> decode(String cursor, int expectedParts) {
        if (cursor.length() > MAX_LENGTH) {
            throw notOurs();
        }
        try {
            List<String> parts = JSON.readValue(Base64.getUrlDecoder().decode(cursor), STRINGS);
            if (parts != null && parts.size() == expectedParts && !parts.contains(null)) {
                return parts;
            }
        } catch (IllegalArgumentException | IOException notOurs) {
            // answered below
        }
        throw notOurs();
    }

    /** A sort-key value that is an id, or the same 400 as any other cursor we did not issue. */
    public static UUID uuid(String sortKeyValue) {
        try {
            return UUID.fromString(sortKeyValue);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    private static RuntimeException notOurs() {
        return Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
    }
}
