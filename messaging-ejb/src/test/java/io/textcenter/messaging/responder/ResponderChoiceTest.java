package io.textcenter.messaging.responder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponderChoiceTest {

    private static final Instant WEDNESDAY_NOON_UTC = Instant.parse("2026-11-25T12:00:00Z");
    private static final Schedule OFFICE =
            Schedule.of(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "08:00", "17:00", "UTC");
    private static final Schedule CLOSED_NOW = Schedule.of(List.of("SATURDAY"), "08:00", "17:00", "UTC");

    private static AutoResponderData responder(
            String id, AutoResponderType type, String keyword, Schedule schedule, List<String> lines) {
        return new AutoResponderData(id, type, keyword, "reply " + id, lines, schedule, false, List.of(), true);
    }

    private static Optional<String> chosen(List<AutoResponderData> responders, String text, boolean first) {
        return ResponderChoice.choose(responders, "7", text, first, WEDNESDAY_NOON_UTC)
                .map(AutoResponderData::id);
    }

    @Test
    void aKeywordIsTheWholeTextAnyCaseTrailingPunctuationIgnored() {
        var hours = List.of(responder("1", AutoResponderType.KEYWORD, "Hours", null, List.of()));
        assertEquals(Optional.of("1"), chosen(hours, "  hours?! ", false));
        assertEquals(Optional.empty(), chosen(hours, "what are your hours", false));
    }

    @Test
    void keywordBeatsGreetingBeatsHours() {
        var all = List.of(
                responder("1", AutoResponderType.DURING_HOURS, null, OFFICE, List.of()),
                responder("2", AutoResponderType.FIRST_MESSAGE, null, null, List.of()),
                responder("3", AutoResponderType.APPOINTMENT_CONFIRMATION, "confirm", null, List.of()));
        assertEquals(Optional.of("3"), chosen(all, "Confirm.", true));
        assertEquals(Optional.of("2"), chosen(all, "hello", true));
        assertEquals(Optional.of("1"), chosen(all, "hello", false));
    }

    @Test
    void afterHoursAnswersOnlyOutsideTheSchedule() {
        assertEquals(
                Optional.empty(),
                chosen(List.of(responder("1", AutoResponderType.AFTER_HOURS, null, OFFICE, List.of())), "hi", false));
        assertEquals(
                Optional.of("1"),
                chosen(
                        List.of(responder("1", AutoResponderType.AFTER_HOURS, null, CLOSED_NOW, List.of())),
                        "hi",
                        false));
    }

    @Test
    void aScheduleLimitsKeywordAndGreetingResponders() {
        var closed = List.of(
                responder("1", AutoResponderType.KEYWORD, "hours", CLOSED_NOW, List.of()),
                responder("2", AutoResponderType.FIRST_MESSAGE, null, CLOSED_NOW, List.of()));
        assertEquals(Optional.empty(), chosen(closed, "hours", true));
    }

    @Test
    void onlyActiveRespondersOfTheLineAnswer() {
        var others = List.of(
                responder("1", AutoResponderType.KEYWORD, "hours", null, List.of("8")),
                new AutoResponderData(
                        "2", AutoResponderType.KEYWORD, "hours", "off", List.of(), null, false, List.of(), false));
        assertEquals(Optional.empty(), chosen(others, "hours", false));
        assertEquals(
                Optional.of("3"),
                chosen(
                        List.of(responder("3", AutoResponderType.KEYWORD, "hours", null, List.of("8", "7"))),
                        "hours",
                        false));
    }

    @Test
    void amongEqualsTheOldestWins() {
        var twins = List.of(
                responder("12", AutoResponderType.FIRST_MESSAGE, null, null, List.of()),
                responder("9", AutoResponderType.FIRST_MESSAGE, null, null, List.of()));
        assertEquals(Optional.of("9"), chosen(twins, "hi", true));
    }
}
