package care.needlepoint.clients.platform.paging;

import care.needlepoint.clients.platform.problem.Problems;

/**
 * Reads the {@code limit} query parameter. JAX-RS would answer an unparseable number with 404 ("no such resource"),
 * which misleads; reading it ourselves gives the caller a 400 naming the parameter.
 */
public final class PageSize {

    private PageSize() {
    }

    public static int parse(String limit) {
        if (limit == null || limit.isBlank()) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= Page.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalid("query", "limit", "must be a whole number from 1 to " + Page.MAX_LIMIT);
    }
}
