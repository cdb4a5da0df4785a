package care.needlepoint.clients.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import care.needlepoint.clients.platform.problem.Problems;

/**
 * An opaque continuation token: the sort-key values of the last item of a page, so the next page starts right after
 * it (keyset paging: stable under inserts, and as fast on page 1,000 as on page 1). Callers must not parse it.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(List<String> sortKey) {
        String joined = String.join(String.valueOf(SEPARATOR), sortKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort-key values, or a 400 problem naming the {@code cursor} parameter when it is not one of ours. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(List.of(joined.split(String.valueOf(SEPARATOR), -1)));
            if (parts.size() == expectedParts) {
                return parts;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw Problems.invalid("query", "cursor", "is not a cursor this service issued; start again without it");
    }
}
