package io.textcenter.messaging.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentsTest {

    @ParameterizedTest(name = "{0} GSM-7 characters take {1} segment(s)")
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "1530, 10"})
    void gsm7Bodies(int length, int segments) {
        String body = "a".repeat(length);
        assertEquals("GSM-7", Segments.encoding(body));
        assertEquals(segments, Segments.count(body));
    }

    @ParameterizedTest(name = "{0} UCS-2 units take {1} segment(s)")
    @CsvSource({"1, 1", "70, 1", "71, 2", "134, 2", "135, 3"})
    void ucs2Bodies(int length, int segments) {
        String body = "ж".repeat(length);
        assertEquals("UCS-2", Segments.encoding(body));
        assertEquals(segments, Segments.count(body));
    }

    @Test
    void extensionCharactersCountTwice() {
        assertEquals(1, Segments.count("€".repeat(80)));
        assertEquals(2, Segments.count("€".repeat(80) + "a"));
        assertEquals("GSM-7", Segments.encoding("{[~]}|^\\€"));
    }

    @Test
    void oneCharacterOutsideTheGsmAlphabetMakesTheWholeBodyUcs2() {
        String body = "a".repeat(69) + "😀";
        assertEquals("UCS-2", Segments.encoding(body));
        assertEquals(2, Segments.count(body), "an emoji is two UTF-16 units: 71 in all");
    }

    @Test
    void gsmAccentsStayGsm() {
        assertEquals("GSM-7", Segments.encoding("Café à Zürich, señor Ñoño"));
    }

    @Test
    void anEmptyBodyIsOneSegmentAndNoBodyIsNone() {
        assertEquals(1, Segments.count(""));
        assertEquals(0, Segments.count(null));
    }
}
