package org.backcare.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityTag;
import java.time.Clock;
import java.util.List;
import org.backcare.common.ApiException;
import org.backcare.common.Keyset;
import org.backcare.common.Page;
import org.backcare.common.Preconditions;

/** Catalog reads (from the cache) and curator writes (each one moves the catalog version). */
@ApplicationScoped
@Transactional
class ExerciseService {

    private static final Keyset BY_SLUG = Keyset.by("exercises", null, "slug", String.class);


    private final ExerciseCatalog catalog;
    private final CatalogAnswers answers;
    private final EntityManager em;
    private final Validator validator;
    private final Instance<ExerciseUsage> usages;
    private final Clock clock;
    private final Event<ExerciseCatalog.Changed> changed;

    ExerciseService(ExerciseCatalog catalog, CatalogAnswers answers, EntityManager em, Validator validator,
            Instance<ExerciseUsage> usages, Clock clock, Event<ExerciseCatalog.Changed> changed) {
        this.catalog = catalog;
        this.answers = answers;
        this.em = em;
        this.validator = validator;
        this.usages = usages;
        this.clock = clock;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CatalogAnswers.Answer list(ExerciseQuery query) {
        return answers.answer("list|" + query.key(), snapshot -> {
            Keyset.Position position = BY_SLUG.decode(query.cursor);
            String after = position == null ? null : (String) position.key().get(0);
            // The catalog is in memory, sorted by slug: the same keyset, applied to a list.
            Page<Exercise> page = Page.of(query.limit, rows -> snapshot.entries().stream()
                    .map(ExerciseCatalog.Versioned::exercise)
                    .filter(e -> after == null || e.slug().compareTo(after) > 0)
                    .filter(query::matches)
                    .limit(rows).toList(), e -> e, e -> BY_SLUG.encode(List.of(e.slug())));
            return new CatalogAnswers.Tagged(page, CatalogAnswers.listTag(snapshot.version(), query.key()));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CatalogAnswers.Answer get(String slug) {
        return answers.answer("entry|" + slug, snapshot -> {
            ExerciseCatalog.Versioned entry = snapshot.find(slug).orElseThrow(() -> notFound(slug));
            return new CatalogAnswers.Tagged(entry.exercise(), new EntityTag(Long.toString(entry.version())));
        });
    }

    ExerciseCatalog.Versioned create(Exercise exercise) {
        ExerciseRules.check(exercise);
        if (ExerciseRow.findById(exercise.slug()) != null) {
            throw slugTaken(exercise.slug());
        }
        ExerciseRow entry = new ExerciseRow();
        entry.slug = exercise.slug();
        entry.version = 1;
        entry.createdAt = clock.instant();
        try {
            return save(entry, exercise);
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw slugTaken(exercise.slug());   // created at the same moment by another curator
        }
    }

    /** Curators edit at the same time: the version named in If-Match is checked again by the update. */
    ExerciseCatalog.Versioned replace(String slug, String ifMatch, Exercise exercise) {
        Preconditions.requirePresent(ifMatch);
        if (!slug.equals(exercise.slug())) {
            throw ApiException.invalid("slug", "must match the slug in the path; slugs cannot be renamed");
        }
        ExerciseRules.check(exercise);
        ExerciseRow entry = live(slug);
        Preconditions.requireMatch(ifMatch, entry.version);
        return save(entry, exercise);
    }

    /** Entries that sessions or other features (plans) name are retired (hidden), never destroyed. */
    void delete(String slug) {
        ExerciseRow entry = live(slug);
        boolean used = ExerciseSession.count("exerciseSlug", slug) > 0 || usages.stream().anyMatch(u -> u.uses(slug));
        if (used) {
            entry.retired = true;
            entry.updatedAt = clock.instant();
        } else {
            entry.delete();
        }
        bumpCatalog();
    }

    private ExerciseCatalog.Versioned save(ExerciseRow entry, Exercise exercise) {
        var violations = validator.validate(exercise);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        entry.document = catalog.write(exercise);
        entry.updatedAt = clock.instant();
        entry.persist();
        ExerciseRow.flush();
        bumpCatalog();
        return new ExerciseCatalog.Versioned(exercise, entry.version);
    }

    private void bumpCatalog() {
        em.createNativeQuery("update catalog_state set version = version + 1 where id = 1").executeUpdate();
        changed.fire(new ExerciseCatalog.Changed());
    }

    private static ExerciseRow live(String slug) {
        ExerciseRow entry = ExerciseRow.findById(slug);
        if (entry == null || entry.retired) {
            throw notFound(slug);
        }
        return entry;
    }

    private static ApiException slugTaken(String slug) {
        return ApiException.conflict("An exercise with slug " + slug + " exists (perhaps retired).");
    }

    private static ApiException notFound(String slug) {
        return ApiException.notFound("No exercise " + slug + " in the catalog.");
    }
}
