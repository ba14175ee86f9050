package org.backcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InstantTextTest {

    @Provide
    Arbitrary<Instant> instants() {
        // Whole seconds, milli-, micro- and nanosecond fractions, over every year the formatter writes
        // with four digits and beyond.
        Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .edgeCases(edges -> edges.add(0L).add(-1L).add(-62_167_219_200L).add(-62_167_219_201L)
                        .add(253_402_300_799L).add(253_402_300_800L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        Arbitrary<Long> recent = Arbitraries.longs().between(0L, 4_102_444_800L);
        return Arbitraries.oneOf(seconds, recent).flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Property(tries = 5000)
    void writesWhatInstantToStringWrites(@ForAll("instants") Instant instant) {
        assertEquals(instant.toString(), InstantText.append(new StringBuilder(), instant).toString());
        assertEquals(instant.toString(), new String(InstantText.ascii(instant), StandardCharsets.US_ASCII));
    }
}
