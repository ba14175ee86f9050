package org.backcare.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Catalog reads as the bytes sent, kept per catalog version and question: the catalog changes a
 * few times a year and is read by every app on every start, so a read is a map lookup and a copy,
 * from the {@linkplain ExerciseCatalog#recent() recent} catalog. A write moves the version, so no
 * kept answer outlives the catalog it was made from by more than the read staleness.
 */
@ApplicationScoped
class CatalogAnswers {

    /** A serialized answer and the strong ETag that names it. */
    record Answer(EntityTag tag, byte[] json) {
    }

    /** What a read computes on a miss: the body, and its tag. */
    record Tagged(Object body, EntityTag tag) {
    }

    private final ExerciseCatalog catalog;
    private final ObjectMapper json;
    private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumSize(2_000).build();

    CatalogAnswers(ExerciseCatalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    /** The answer to {@code question} about the current catalog; {@code compute} makes it on a miss. */
    Answer answer(String question, Function<ExerciseCatalog.Snapshot, Tagged> compute) {
        ExerciseCatalog.Snapshot snapshot = catalog.recent();
        return answers.get(snapshot.version() + "|" + question, key -> {
            Tagged tagged = compute.apply(snapshot);
            try {
                return new Answer(tagged.tag(), json.writeValueAsBytes(tagged.body()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialize a catalog answer", e);
            }
        });
    }

    /** A tag for a list: the catalog version and a digest of the question, so lists of one version differ. */
    static EntityTag listTag(long catalogVersion, String question) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(question.getBytes(StandardCharsets.UTF_8));
            return new EntityTag("catalog-" + catalogVersion + "-" + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
