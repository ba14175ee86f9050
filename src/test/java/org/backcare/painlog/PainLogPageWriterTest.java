package org.backcare.painlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backcare.common.RawJson;
import org.backcare.common.StrictJson;
import org.junit.jupiter.api.Test;

/** The page writer sends what the application's Jackson would, byte for byte. */
class PainLogPageWriterTest {

    private static final ObjectMapper JACKSON = StrictJson.standalone();

    @Test
    void writesWhatJacksonWrites() throws Exception {
        List<PainLogPage> pages = List.of(
                new PainLogPage(List.of(), null, null, null),
                new PainLogPage(List.of(new RawJson("{\"notes\":\"rücken – 背中 \\\"x\\\" 💥\"}"), new RawJson("{\"n\":1}")),
                        "cur\"sor\\\n\u0001", null, null),
                new PainLogPage(List.of(new RawJson("{}")), null, "token", false),
                new PainLogPage(List.of(new RawJson("{\"id\":1}")), "next", "token", true));
        for (PainLogPage page : pages) {
            assertEquals(new String(JACKSON.writeValueAsBytes(page), StandardCharsets.UTF_8),
                    new String(PainLogPageWriter.utf8(page), StandardCharsets.UTF_8));
        }
    }
}
