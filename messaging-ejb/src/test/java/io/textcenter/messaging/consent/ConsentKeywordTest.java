package io.textcenter.messaging.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentKeywordTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "STOP, OPT_OUT",
        "stop, OPT_OUT",
        "'  Stop ', OPT_OUT",
        "unsubscribe, OPT_OUT",
        "END, OPT_OUT",
        "quit, OPT_OUT",
        "STOPALL, OPT_OUT",
        "revoke, OPT_OUT",
        "OptOut, OPT_OUT",
        "cancel, OPT_OUT",
        "START, OPT_IN",
        "yes, OPT_IN",
        "Unstop, OPT_IN",
        "HELP, HELP",
        "info, HELP",
        "'please stop texting me', NONE",
        "stop!, NONE",
        "confirm, NONE",
        "'', NONE"
    })
    void onlyTheWholeMessageCounts(String body, ConsentKeyword keyword) {
        assertEquals(keyword, ConsentKeyword.of(body));
    }
}
