package care.needlepoint.scheduling.platform.paging;

import java.util.List;
import java.util.function.Function;

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

    /**
     * A page from rows fetched with one more than {@code limit}: the extra row is not shown, it only tells that a next
     * page exists, whose cursor is the sort key of the last row shown.
     */
    public static <E, V> Page<V> from(List<E> rowsAndOneMore, int limit, Function<E, V> view,
            Function<E, List<String>> sortKey) {
        boolean more = rowsAndOneMore.size() > limit;
        List<E> shown = more ? rowsAndOneMore.subList(0, limit) : rowsAndOneMore;
        String next = more ? Cursor.encode(sortKey.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
