package org.backcare.outcome;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The instruments, loaded once from the classpath and checked at start-up: a catalog whose scoring
 * bounds, options or thresholds disagree with its items fails the start, not a patient's result.
 */
@ApplicationScoped
@Startup
public class InstrumentCatalog {

    static final String FILE = "outcomes/instruments-v1.json";

    private final List<Instrument> instruments;

    InstrumentCatalog() {
        try (InputStream file = InstrumentCatalog.class.getClassLoader().getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            instruments = parse(file.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a catalog: a duplicate key, a missing field or a rule broken fails it whole. */
    static List<Instrument> parse(byte[] catalog) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, false)
                .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        List<Instrument> instruments = List.copyOf(json.readValue(catalog, new TypeReference<List<Instrument>>() { }));
        Set<String> codes = new HashSet<>();
        instruments.forEach(instrument -> {
            check(instrument);
            if (!codes.add(instrument.code())) {
                throw new IllegalStateException("two instruments are coded " + instrument.code());
            }
        });
        return instruments;
    }

    public List<Instrument> all() {
        return instruments;
    }

    public Optional<Instrument> find(String code) {
        return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Every field an answer depends on present; item keys unique; at least two options, 0..n in steps
     * of one; score bounds what the items can reach; thresholds inside them.
     */
    static void check(Instrument instrument) {
        present(instrument, instrument.code(), instrument.name(), instrument.source(), instrument.licence(),
                instrument.recallPeriod(), instrument.items(), instrument.scoring(), instrument.thresholds(),
                instrument.loinc());
        present(instrument, instrument.scoring().method(), instrument.scoring().description());
        if (instrument.meaningfulChange() != null) {
            present(instrument, instrument.meaningfulChange().source());
        }
        if (instrument.items().isEmpty()) {
            throw fail(instrument, "has no items");
        }
        Set<String> keys = new HashSet<>();
        int low = 0;
        int high = 0;
        for (Instrument.Item item : instrument.items()) {
            present(instrument, item.linkId(), item.text(), item.loinc(), item.options());
            item.options().forEach(option -> present(instrument, option.label()));
            if (item.options().size() < 2) {
                throw fail(instrument, "item " + item.linkId() + " must offer at least two answers");
            }
            if (!keys.add(item.linkId())) {
                throw fail(instrument, "item " + item.linkId() + " appears twice");
            }
            for (int i = 0; i < item.options().size(); i++) {
                if (item.options().get(i).value() != i) {
                    throw fail(instrument, "item " + item.linkId() + " must offer 0.." + (item.options().size() - 1));
                }
            }
            high += item.options().size() - 1;
        }
        boolean mean = instrument.scoring().method() == Instrument.Method.MEAN;
        double max = mean ? (double) high / instrument.items().size() : high;
        if (instrument.scoring().min() != low || instrument.scoring().max() != max) {
            throw fail(instrument, "scoring must run from " + low + " to " + max);
        }
        instrument.thresholds().forEach(t -> {
            present(instrument, t.meaning());
            if (t.atLeast() <= low || t.atLeast() > max) {
                throw fail(instrument, "a threshold at " + t.atLeast() + " is outside the score's range");
            }
        });
    }

    private static void present(Instrument instrument, Object... fields) {
        if (Arrays.stream(fields).anyMatch(Objects::isNull)) {
            throw fail(instrument, "a required field is missing");
        }
    }

    private static IllegalStateException fail(Instrument instrument, String why) {
        return new IllegalStateException(FILE + ": " + instrument.code() + ": " + why);
    }
}
