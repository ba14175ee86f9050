package org.backcare.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list; {@code nextCursor} is absent on the last page. */
public record Page<T>(
        @Schema(required = true, maxItems = PageParams.MAX_LIMIT) List<T> items,
        @Schema(maxLength = 200, description = "Pass as `cursor` to get the next page; absent on the last page")
        String nextCursor) {

    /**
     * One page of at most {@code limit} rows: {@code fetch} is asked for one row more, which only
     * tells that there is more, and the cursor points past the last row shown.
     */
    public static <E, T> Page<T> of(int limit, IntFunction<List<E>> fetch, Function<E, T> view,
            Function<E, String> cursorOf) {
        List<E> rows = fetch.apply(limit + 1);
        boolean more = rows.size() > limit;
        List<E> visible = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(visible.get(visible.size() - 1)) : null;
        return new Page<>(visible.stream().map(view).toList(), next);
    }
}
