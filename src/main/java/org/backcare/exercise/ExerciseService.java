package org.backcare.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.backcare.common.ApiException;
import org.backcare.common.Page;
import org.backcare.common.Versions;

/** Catalog reads (from the cache) and curator writes (each one moves the catalog version). */
@ApplicationScoped
@Transactional
class ExerciseService {

    record Listed(Page<Exercise> page, long catalogVersion) {
    }

    private final ExerciseCatalog catalog;
    private final EntityManager em;
    private final Validator validator;
    private final Instance<ExerciseUsage> usages;
    private final Clock clock;

    ExerciseService(ExerciseCatalog catalog, EntityManager em, Validator validator, Instance<ExerciseUsage> usages,
            Clock clock) {
        this.catalog = catalog;
        this.em = em;
        this.validator = validator;
        this.usages = usages;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Listed list(ExerciseQuery query) {
        ExerciseCatalog.Snapshot snapshot = catalog.current();
        String after = decode(query.cursor);
        List<Exercise> matching = snapshot.entries().stream().map(ExerciseCatalog.Entry::exercise)
                .filter(e -> after == null || e.slug().compareTo(after) > 0)
                .filter(query::matches)
                .limit(query.limit + 1L).toList();
        return new Listed(Page.of(matching, query.limit, e -> e, e -> encode(e.slug())), snapshot.version());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ExerciseCatalog.Entry get(String slug) {
        return catalog.current().find(slug).orElseThrow(() -> notFound(slug));
    }

    ExerciseCatalog.Entry create(Exercise exercise) {
        ExerciseRules.check(exercise);
        if (ExerciseEntry.findById(exercise.slug()) != null) {
            throw ApiException.conflict("An exercise with slug " + exercise.slug() + " exists (perhaps retired).");
        }
        ExerciseEntry entry = new ExerciseEntry();
        entry.slug = exercise.slug();
        entry.version = 1;
        entry.createdAt = clock.instant();
        return save(entry, exercise);
    }

    ExerciseCatalog.Entry replace(String slug, String ifMatch, Exercise exercise) {
        if (!slug.equals(exercise.slug())) {
            throw ApiException.invalid("slug", "must match the slug in the path; slugs cannot be renamed");
        }
        ExerciseRules.check(exercise);
        ExerciseEntry entry = live(slug);
        Versions.checkMatch(ifMatch, entry.version);
        entry.version++;
        return save(entry, exercise);
    }

    /** Entries that sessions or other features (plans) name are retired (hidden), never destroyed. */
    void delete(String slug) {
        ExerciseEntry entry = live(slug);
        boolean used = ExerciseSession.count("exerciseSlug", slug) > 0 || usages.stream().anyMatch(u -> u.uses(slug));
        if (used) {
            entry.retired = true;
            entry.updatedAt = clock.instant();
        } else {
            entry.delete();
        }
        bumpCatalog();
    }

    /** The same checks a curator's write passes, for the seeded entries. */
    List<String> problemsWith(Exercise exercise) {
        List<String> problems = new java.util.ArrayList<>();
        validator.validate(exercise).forEach(v -> problems.add(v.getPropertyPath() + " " + v.getMessage()));
        ExerciseRules.violations(exercise).forEach(v -> problems.add(v.field() + " " + v.message()));
        return problems;
    }

    private ExerciseCatalog.Entry save(ExerciseEntry entry, Exercise exercise) {
        var violations = validator.validate(exercise);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        entry.document = catalog.write(exercise);
        entry.updatedAt = clock.instant();
        entry.persist();
        bumpCatalog();
        return new ExerciseCatalog.Entry(exercise, entry.version);
    }

    private void bumpCatalog() {
        em.createNativeQuery("update catalog_state set version = version + 1 where id = 1").executeUpdate();
    }

    private static ExerciseEntry live(String slug) {
        ExerciseEntry entry = ExerciseEntry.findById(slug);
        if (entry == null || entry.retired) {
            throw notFound(slug);
        }
        return entry;
    }

    private static ApiException notFound(String slug) {
        return ApiException.notFound("No exercise " + slug + " in the catalog.");
    }

    private static String encode(String slug) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("ex|" + slug).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("ex|")) {
                return raw.substring(3);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the problem below
        }
        throw ApiException.invalid("cursor", "is not a cursor this API issued");
    }
}
