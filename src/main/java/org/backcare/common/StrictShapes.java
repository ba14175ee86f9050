package org.backcare.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Set;

/**
 * Shapes Jackson would otherwise bend into something the client did not send: a timestamp sent as
 * an epoch number (seconds or milliseconds? the API cannot know), and a set that names a value
 * twice (silently keeping one would hide a client's bug).
 */
final class StrictShapes extends BeanDeserializerModifier {

    /** A set that lists the same value more than once. */
    static final class RepeatedItem extends MismatchedInputException {
        RepeatedItem(JsonParser parser) {
            super(parser, "a value is listed twice", Set.class);
        }
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new TextOnly(deserializer) : deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return Set.class.isAssignableFrom(type.getRawClass()) ? new NoRepeats(deserializer) : deserializer;
    }

    private static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class NoRepeats extends DelegatingDeserializer {

        NoRepeats(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NoRepeats(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            JsonNode items = context.readTree(parser);
            JsonParser again = items.traverse(parser.getCodec());
            again.nextToken();
            Object set = super.deserialize(again, context);
            if (set instanceof Collection<?> distinct && distinct.size() < items.size()) {
                throw new RepeatedItem(parser);
            }
            return set;
        }
    }
}
