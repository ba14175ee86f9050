package org.backcare.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list; {@code nextCursor} is absent on the last page. */
public record Page<T>(
        @Schema(required = true, maxItems = PageParams.MAX_LIMIT) List<T> items,
        @Schema(maxLength = 200, description = "Pass as `cursor` to get the next page; absent on the last page")
        String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells
     * that there is more.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, T> view, Function<E, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<E> visible = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(visible.get(visible.size() - 1)) : null;
        return new Page<>(visible.stream().map(view).toList(), next);
    }
}
