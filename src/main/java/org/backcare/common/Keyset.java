package org.backcare.common;

import java.util.Arrays;

/**
 * The WHERE and ORDER BY of a keyset page over (timestamp, id): rows after the cursor, in a
 * stable order, so no row is skipped or repeated when rows share a timestamp, and a deep page
 * costs what the first one does.
 */
public record Keyset(String query, Object[] params) {

    /**
     * @param where   the filter, with positional parameters ?1..?n
     * @param params  its parameters
     * @param field   the timestamp field ordered on; the entity's {@code id} breaks ties
     * @param newestFirst descending order when true
     */
    public static Keyset page(String where, Object[] params, String field, String cursor, boolean newestFirst) {
        KeysetCursor after = KeysetCursor.decode(cursor);
        String direction = newestFirst ? "desc" : "";
        String order = " order by " + field + " " + direction + ", id " + direction;
        if (after == null) {
            return new Keyset(where + order, params);
        }
        int n = params.length;
        String beyond = newestFirst ? "<" : ">";
        String query = where + " and (" + field + " " + beyond + " ?" + (n + 1) + " or (" + field + " = ?" + (n + 1)
                + " and id " + beyond + " ?" + (n + 2) + "))" + order;
        Object[] all = Arrays.copyOf(params, n + 2);
        all[n] = after.at();
        all[n + 1] = after.id();
        return new Keyset(query, all);
    }
}
