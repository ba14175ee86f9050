package org.backcare.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 7396 JSON merge patch over an input record: the patched document is bound and validated
 * exactly like a full write, so a PATCH can never store what a POST would reject, and fields
 * clients may not write (id, owner, version) are unknown fields here too.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "A merge patch must be a JSON object.");
        }
        List<Violation> unknown = new ArrayList<>();
        refuseUnknownNulls(patch, mapper.constructType(type), "", unknown);
        if (!unknown.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The request body has an invalid field.", unknown);
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T result;
        try {
            result = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.asApiException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /**
     * Binding catches an unknown key with a value, but a null removes the key before binding, so
     * {"version": null} would pass unseen: a null is only for fields the type has.
     */
    private void refuseUnknownNulls(JsonNode patch, JavaType type, String path, List<Violation> unknown) {
        Map<String, BeanPropertyDefinition> fields = new HashMap<>();
        mapper.getDeserializationConfig().introspect(type).findProperties().forEach(p -> fields.put(p.getName(), p));
        patch.fields().forEachRemaining(entry -> {
            BeanPropertyDefinition field = fields.get(entry.getKey());
            if (field == null && entry.getValue().isNull()) {
                unknown.add(new Violation(path + entry.getKey(), JsonProblems.UNKNOWN_FIELD));
            } else if (field != null && entry.getValue().isObject() && !field.getPrimaryType().isContainerType()) {
                refuseUnknownNulls(entry.getValue(), field.getPrimaryType(), path + entry.getKey() + ".", unknown);
            }
        });
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
