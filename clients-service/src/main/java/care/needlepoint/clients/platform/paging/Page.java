package care.needlepoint.clients.platform.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code nextCursor} is absent on the last page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's documented order.")
        List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; null when this is the last page.",
                nullable = true, example = "U21pdGgfSmFuZR85YjFkZWIzZC0yYjQ1LTQ0NzYtOGFkMi0xYzBiYjA1ZjZmOGE")
        String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
}
