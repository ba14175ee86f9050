package org.backcare.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/** Reads for exports, which take a whole window at once: bounded, and a problem when the window holds more. */
public final class Bounded {

    private Bounded() {
    }

    /** @throws ApiException naming {@code from} when the query holds more than {@code max} {@code what} */
    public static <E> List<E> atMost(PanacheQuery<E> query, int max, String what) {
        List<E> rows = query.page(0, max + 1).list();
        if (rows.size() > max) {
            throw ApiException.invalid("from", "the window holds more than " + max + " " + what
                    + "; export a shorter one");
        }
        return rows;
    }
}
