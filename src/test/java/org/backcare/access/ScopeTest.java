package org.backcare.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void theCountBoundingEverySetOfScopesIsHowManyThereAre() {
        assertEquals(Scope.values().length, Scope.COUNT);
    }
}
