package care.needlepoint.scheduling.platform.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import care.needlepoint.scheduling.platform.problem.Problems;

/**
 * The paging parameters every list takes; a resource method receives them with {@code @BeanParam}. Both are read as
 * text and checked here: JAX-RS would answer an unparseable number with 404 ("no such resource"), which misleads.
 */
public class PageRequest {

    @QueryParam("cursor")
    @Parameter(description = "The previous page's nextCursor; omit for the first page.",
            schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH))
    String cursor;

    @QueryParam("limit")
    @Parameter(description = "Page size.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "" + Page.MAX_LIMIT, defaultValue = "" + Page.DEFAULT_LIMIT))
    String limit;

    /** The cursor as sent, or null for the first page. */
    public String cursor() {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }

    /** The page size, or a 400 problem naming {@code limit}. */
    public int limit() {
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
