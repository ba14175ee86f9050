package org.backcare.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A catalog that breaks a rule fails whole, at start-up, never when a patient's answers are scored. */
class InstrumentCatalogTest {

    private static String shipped() throws IOException {
        try (InputStream file = InstrumentCatalog.class.getClassLoader().getResourceAsStream(InstrumentCatalog.FILE)) {
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Exception refused(String catalog) {
        return assertThrows(Exception.class, () -> InstrumentCatalog.parse(catalog.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedCatalogPasses() throws IOException {
        assertEquals(3, InstrumentCatalog.parse(shipped().getBytes(StandardCharsets.UTF_8)).size());
    }

    @Test
    void aDuplicateKeyIsRefusedNotSilentlyOverwritten() throws IOException {
        String twice = shipped().replaceFirst("\"method\": \"MEAN\",", "\"method\": \"MEAN\", \"method\": \"SUM\",");
        assertTrue(refused(twice) instanceof JsonProcessingException);
    }

    @Test
    void aMissingFieldIsRefused() throws IOException {
        String noMethod = shipped().replaceFirst("\"method\": \"MEAN\",", "");
        assertTrue(refused(noMethod).getMessage().contains("method"), "names what is missing");
        assertTrue(refused(shipped().replaceFirst("\"meaning\": \"[^\"]*\"", "\"meaning\": null"))
                .getMessage().contains("PHQ-2: a required field is missing"));
    }

    @Test
    void optionsScoringAndThresholdsMustAgreeWithTheItems() throws IOException {
        String maxWrong = shipped().replaceFirst("\"max\": 6", "\"max\": 7");
        assertTrue(refused(maxWrong).getMessage().contains("PHQ-2: scoring must run from 0 to 6"));
        String thresholdOutside = shipped().replaceFirst("\"atLeast\": 3", "\"atLeast\": 9");
        assertTrue(refused(thresholdOutside).getMessage().contains("outside the score's range"));
        String twoCodes = shipped().replace("\"code\": \"GAD-2\"", "\"code\": \"PHQ-2\"");
        assertTrue(refused(twoCodes).getMessage().contains("two instruments are coded PHQ-2"));
    }
}
