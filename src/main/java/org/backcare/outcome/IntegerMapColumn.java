package org.backcare.outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores a map of codes to whole numbers as one JSON object column, keys in their order. Its own
 * mapper: the API's leaves nulls out, and here a null is a value (an instrument turned off).
 */
@Converter
class IntegerMapColumn implements AttributeConverter<Map<String, Integer>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Integer>> MAP = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(Map<String, Integer> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Integer> convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, MAP);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
