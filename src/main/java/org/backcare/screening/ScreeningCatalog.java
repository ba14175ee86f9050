package org.backcare.screening;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backcare.common.ApiException;

/**
 * Every questionnaire version and its rules, loaded once from the classpath and checked for
 * consistency: a rule that names a question the questionnaire lacks fails the start-up.
 */
@ApplicationScoped
public class ScreeningCatalog {

    record Version(Questionnaire questionnaire, RuleSet rules) {
    }

    private final TreeMap<Integer, Version> versions = new TreeMap<>();

    @Inject
    ScreeningCatalog(ScreeningConfig config) {
        this(config.versions());
    }

    /** For plain unit tests, without CDI. */
    ScreeningCatalog(Collection<Integer> versionNumbers) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        for (int number : versionNumbers) {
            Questionnaire questionnaire = read(json, number, "questionnaire.json", Questionnaire.class);
            RuleSet rules = read(json, number, "rules.json", RuleSet.class);
            check(number, questionnaire, rules);
            versions.put(number, new Version(questionnaire, rules));
        }
    }

    public int currentVersion() {
        return versions.lastKey();
    }

    public Questionnaire questionnaire(int version) {
        return version(version).questionnaire();
    }

    Version version(int number) {
        Version version = versions.get(number);
        if (version == null) {
            throw ApiException.invalid("questionnaireVersion", "must be one of " + versions.keySet());
        }
        return version;
    }

    private static <T> T read(ObjectMapper json, int version, String file, Class<T> type) {
        String path = "screening/v" + version + "/" + file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static void check(int number, Questionnaire questionnaire, RuleSet rules) {
        if (questionnaire.version() != number || rules.version() != number) {
            throw new IllegalStateException("screening/v" + number + " files carry another version number");
        }
        Map<String, Questionnaire.AnswerType> types = new TreeMap<>();
        questionnaire.questions().forEach(q -> {
            if (types.put(q.code(), q.type()) != null) {
                throw new IllegalStateException("Question " + q.code() + " appears twice in version " + number);
            }
        });
        Set<String> ruleIds = new HashSet<>();
        for (RuleSet.Rule rule : rules.rules()) {
            if (!ruleIds.add(rule.id()) || rule.level() == null || rule.providers() == null || rule.providers().isEmpty()) {
                throw new IllegalStateException("Rule " + rule.id() + " is duplicated or incomplete");
            }
            List<String> unknown = rule.codes().stream().filter(code -> !types.containsKey(code)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("Rule " + rule.id() + " names unknown questions " + unknown);
            }
        }
    }
}
