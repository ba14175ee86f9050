package org.backcare.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one way lists page: an order on a unique key of one or more fields, pages that start after
 * a position in it (so a deep page costs what the first one does and rows that share a time are
 * neither skipped nor repeated), and opaque cursors that name that position. A cursor is bound to
 * its list: one issued by another list is refused.
 *
 * @param name   names the list in its cursors
 * @param scope  the field every query of the list fixes with "=" (the owner, say), which leads the
 *               list's index; ordering on it too, and bounding the first key field, lets the
 *               database read the index in order rather than sort every row in scope (H2 otherwise
 *               picks the foreign key's one-column index, and a page costs what the whole diary does)
 * @param fields the key, most significant first; the last one must make it unique (entity fields,
 *               or columns for a list read with {@link SqlQuery})
 * @param types  each field's type: Instant, UUID, Long or String
 */
public record Keyset(String name, String scope, List<String> fields, List<Class<?>> types, boolean descending) {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    /** (time, id) within one scope: the order of most lists. */
    public static Keyset byTime(String name, String scope, String timeField, boolean newestFirst) {
        String id = timeField.contains(".") ? timeField.substring(0, timeField.indexOf('.') + 1) + "id" : "id";
        return new Keyset(name, scope, List.of(timeField, id), List.of(Instant.class, UUID.class), newestFirst);
    }

    /** A single unique field within one scope. */
    public static Keyset by(String name, String scope, String field, Class<?> type) {
        return new Keyset(name, scope, List.of(field), List.of(type), false);
    }

    /** Where a cursor points, with whatever state its list keeps beside the key. */
    public record Position(List<Object> key, List<String> extras) {
    }

    /**
     * One page of {@code where} in this order, after the cursor: {@code limit + 1} rows are read, the
     * extra one only telling that there is more.
     *
     * @param find   the entity's Panache finder, such as {@code (q, p) -> Grant.find(q, p)}
     * @param keyOf  a row's key values, in field order
     */
    public <E, T> Page<T> page(BiFunction<String, Parameters, PanacheQuery<E>> find, String where, Parameters params,
            PageParams page, Function<E, T> view, Function<E, List<Object>> keyOf) {
        String query = where + after(decode(page.cursor), params) + orderBy();
        return Page.of(page.limit, rows -> find.apply(query, params).page(0, rows).list(), view,
                row -> encode(keyOf.apply(row)));
    }

    /**
     * One page of {@code query} (a select and its where clause, in columns) in this order, after
     * the cursor, for a list read in plain SQL: this keyset's scope and fields then name columns.
     */
    public <E, T> Page<T> page(SqlQuery query, PageParams page, SqlQuery.RowReader<E> reader, Function<E, T> view,
            Function<E, List<Object>> keyOf) {
        query.append(after(decode(page.cursor), query)).append(orderBy());
        return Page.of(page.limit, rows -> query.list(rows, reader), view, row -> encode(keyOf.apply(row)));
    }

    /** Where a query takes a value: binds it and says what to write in its place. */
    public interface Binder {
        String bind(String name, Object value);
    }

    /** " and (…)" selecting the rows after the position, with its parameters added. */
    public String after(Position position, Parameters params) {
        return after(position, (name, value) -> {
            params.and(name, value);
            return ":" + name;
        });
    }

    /** " and (…)" selecting the rows after the position, each value bound where it is written. */
    public String after(Position position, Binder values) {
        String bound = "";
        if (scope != null) {
            // Redundant with what follows, and what lets the index range be read in order.
            bound = " and " + fields.get(0) + (descending ? " <= " : " >= ")
                    + values.bind("keysetBound", position != null ? position.key().get(0) : extreme(types.get(0)));
        }
        if (position == null) {
            return bound;
        }
        String beyond = descending ? " < " : " > ";
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            StringBuilder alternative = new StringBuilder();
            for (int j = 0; j < i; j++) {
                alternative.append(fields.get(j)).append(" = ").append(values.bind(param(j), position.key().get(j)))
                        .append(" and ");
            }
            alternatives.add(alternative.append(fields.get(i)).append(beyond)
                    .append(values.bind(param(i), position.key().get(i))).toString());
        }
        return bound + " and ((" + String.join(") or (", alternatives) + "))";
    }

    public String orderBy() {
        String direction = descending ? " desc" : "";
        return " order by " + (scope == null ? "" : scope + direction + ", ") + String.join(direction + ", ", fields)
                + direction;
    }

    /** The first value of the order in its direction: the bound of a first page. */
    private Object extreme(Class<?> type) {
        if (type == Instant.class) {
            return descending ? END_OF_TIME : Instant.EPOCH;
        }
        if (type == Long.class) {
            return descending ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        if (type == UUID.class) {
            return descending ? new UUID(-1L, -1L) : new UUID(0L, 0L);
        }
        return descending ? "\uffff" : "";
    }

    public String encode(List<Object> key, String... extras) {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        key.forEach(value -> parts.add(String.valueOf(value)));
        parts.addAll(Arrays.asList(extras));
        String raw = String.join("|", parts.stream().map(p -> URLEncoder.encode(p, StandardCharsets.UTF_8)).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null when no cursor was given (the first page) */
    public Position decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        List<String> parts = parts(cursor);
        if (parts == null || parts.size() < fields.size() + 1 || !parts.get(0).equals(name)) {
            throw notOurs();
        }
        List<Object> key = new ArrayList<>();
        try {
            for (int i = 0; i < fields.size(); i++) {
                key.add(parse(parts.get(i + 1), types.get(i)));
            }
        } catch (RuntimeException e) {
            throw notOurs();
        }
        return new Position(key, parts.subList(fields.size() + 1, parts.size()));
    }

    /** Whether the cursor was issued by this list (for lists that answer two kinds of cursor). */
    public boolean issued(String cursor) {
        List<String> parts = cursor == null || cursor.isEmpty() ? null : parts(cursor);
        return parts != null && parts.get(0).equals(name);
    }

    private static List<String> parts(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Arrays.stream(raw.split("\\|", -1)).map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Object parse(String value, Class<?> type) {
        if (type == Instant.class) {
            return Instant.parse(value);
        }
        if (type == UUID.class) {
            return UUID.fromString(value);
        }
        if (type == Long.class) {
            return Long.valueOf(value);
        }
        return value;
    }

    private static String param(int index) {
        return "keyset" + index;
    }

    private static ApiException notOurs() {
        return ApiException.invalid("cursor", "is not a cursor this API issued for this list");
    }
}
