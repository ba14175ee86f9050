package org.backcare.painlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
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
                        "cur\"sor\\\n\u0001 cür", null, null),
                new PainLogPage(List.of(new RawJson("{}")), null, "token", false),
                new PainLogPage(List.of(new RawJson("{\"id\":1}")), "next", "token", true));
        for (PainLogPage page : pages) {
            String jackson = new String(JACKSON.writeValueAsBytes(page), StandardCharsets.UTF_8);
            assertEquals(jackson, new String(new PainLogPageWriter().utf8(page), StandardCharsets.UTF_8));
            // The stream path, taken when writer interceptors are present, writes the same.
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            new PainLogPageWriter().writeTo(page, PainLogPage.class, PainLogPage.class, new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), stream);
            assertEquals(jackson, stream.toString(StandardCharsets.UTF_8));
        }
    }
}
