package org.backcare.common;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Sets of enum constants as the API sends them: in declaration order, the same on every replica. */
public final class EnumSets {

    private EnumSets() {
    }

    /**
     * An unmodifiable copy in declaration order. Set.copyOf iterates in an order salted per JVM, so
     * the same grant listed its scopes in a different order on each replica. Null, or a set holding
     * null (left for validation to refuse), is answered as given.
     */
    public static <E extends Enum<E>> Set<E> inDeclarationOrder(Set<E> values, Class<E> type) {
        // Not contains(null), which an immutable Set.of refuses with an exception.
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            return values;
        }
        EnumSet<E> ordered = EnumSet.noneOf(type);
        ordered.addAll(values);
        return Collections.unmodifiableSet(ordered);
    }
}
