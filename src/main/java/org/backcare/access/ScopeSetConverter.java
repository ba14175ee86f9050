package org.backcare.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a scope set as one space-separated column, like an OAuth scope string. */
@Converter
class ScopeSetConverter implements AttributeConverter<Set<Scope>, String> {

    private static final ScopeSetConverter COLUMN = new ScopeSetConverter();

    @Override
    public String convertToDatabaseColumn(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::value).collect(Collectors.joining(" "));
    }

    @Override
    public Set<Scope> convertToEntityAttribute(String column) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(" ")).map(Scope::fromValue).forEach(scopes::add);
        }
        return scopes;
    }

    /** The column read in plain SQL. */
    static Set<Scope> scopes(String column) {
        return COLUMN.convertToEntityAttribute(column);
    }
}
