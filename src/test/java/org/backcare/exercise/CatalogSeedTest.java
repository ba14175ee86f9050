package org.backcare.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backcare.patient.Phase;
import org.junit.jupiter.api.Test;

/** The shipped catalog: every entry passes a curator's checks and carries the facts from its source. */
@QuarkusTest
class CatalogSeedTest {

    @Inject
    ExerciseCatalog catalog;

    @Inject
    Validator validator;

    /** The same checks a curator's write passes. */
    private List<String> problemsWith(Exercise exercise) {
        List<String> problems = new ArrayList<>();
        validator.validate(exercise).forEach(v -> problems.add(v.getPropertyPath() + " " + v.getMessage()));
        ExerciseRules.violations(exercise).forEach(v -> problems.add(v.field() + " " + v.message()));
        return problems;
    }

    private Map<String, Exercise> seeded() {
        return catalog.current().entries().stream().map(ExerciseCatalog.Versioned::exercise)
                .collect(Collectors.toMap(Exercise::slug, e -> e));
    }

    @Test
    void everySeededEntryPassesTheCuratorChecks() {
        Map<String, Exercise> entries = seeded();
        assertTrue(entries.size() >= 25, "only " + entries.size() + " entries");
        entries.values().forEach(e -> assertEquals(List.of(), problemsWith(e), e.slug()));
    }

    @Test
    void everyEntryNamesAnExistingSourceFile() {
        Path seeds = Path.of("..", "shared");
        for (Exercise e : seeded().values()) {
            assertTrue(e.source().matches("seeds/\\d{3}_[0-9a-f]{16}\\.txt"), e.slug() + ": " + e.source());
            if (Files.isDirectory(seeds)) {
                assertTrue(Files.exists(seeds.resolve(e.source())), e.slug() + " names a missing " + e.source());
            }
        }
    }

    @Test
    void theCatalogHoldsEveryExerciseTheSeedsDescribe() {
        assertTrue(seeded().keySet().containsAll(List.of("knee-to-chest", "partner-straight-leg-raise",
                "standing-hamstring-stretch", "calf-stretch", "buttock-stretch", "cat-cow", "seated-torso-twist",
                "modified-plank", "pelvic-tilt", "bird-dog", "yoga-for-back-pain", "pilates-core", "walking",
                "swimming", "heat-therapy", "breathing-4-7-8", "diaphragmatic-breathing", "partner-massage",
                "side-lying-pillow", "mckenzie-extension", "sensate-focus", "mindfulness", "warm-up")));
    }

    @Test
    void dosagesMatchTheSources() {
        Map<String, Exercise> e = seeded();
        Exercise.Dosage hamstring = e.get("standing-hamstring-stretch").dosage();
        assertEquals(new Exercise.Range(10, 15), hamstring.holdSeconds());
        assertEquals(new Exercise.Range(3, 5), hamstring.repetitions());
        Exercise.Dosage heat = e.get("heat-therapy").dosage();
        assertEquals(new Exercise.Range(15, 20), heat.durationMinutes());
        assertEquals(3, heat.timesPerDay().max());
        Exercise.Dosage breathing = e.get("breathing-4-7-8").dosage();
        assertEquals(new Exercise.Range(4, 4), breathing.repetitions());
        assertEquals(new Exercise.Range(2, 2), breathing.timesPerDay());
        assertEquals(new Exercise.Range(5, 10), e.get("warm-up").dosage().durationMinutes());
    }

    @Test
    void yogaAndPilatesWaitUntilTheAcuteEpisodeHasPassed() {
        assertFalse(seeded().get("yoga-for-back-pain").phases().contains(Phase.ACUTE));
        assertFalse(seeded().get("pilates-core").phases().contains(Phase.ACUTE));
    }

    @Test
    void conditionSpecificMovementsAreExcluded() {
        Map<String, Exercise> e = seeded();
        assertTrue(e.get("knee-to-chest").contraindications().contains(org.backcare.patient.Condition.DISC_INJURY));
        assertTrue(e.get("standing-hamstring-stretch").contraindications()
                .contains(org.backcare.patient.Condition.DISC_INJURY));
        assertTrue(e.get("mckenzie-extension").contraindications()
                .containsAll(List.of(org.backcare.patient.Condition.FACET_SYNDROME,
                        org.backcare.patient.Condition.OSTEOARTHRITIS)));
        assertTrue(e.get("cat-cow").cautions().stream()
                .anyMatch(c -> c.appliesTo(org.backcare.patient.Condition.FACET_SYNDROME) && c.text().contains("cow")));
        assertEquals(PartnerRole.REQUIRED, e.get("partner-massage").partnerRole());
    }
}
