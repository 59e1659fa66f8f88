package io.textcenter.messaging.responder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which responder, if any, answers a received text (at most one): a matching keyword first, then the greeting of a new
 * conversation, then the hours (after or during). Responders with a schedule answer only inside it, except
 * AFTER_HOURS, which answers outside. Among equals, the oldest responder wins.
 */
final class ResponderChoice {

    private ResponderChoice() {}

    static Optional<AutoResponderData> choose(
            List<AutoResponderData> candidates, String lineId, String text, boolean firstMessage, Instant now) {
        List<AutoResponderData> live = candidates.stream()
                .filter(AutoResponderData::active)
                .filter(responder -> responder.answersOn(lineId))
                .sorted(Comparator.comparing(responder -> Long.parseLong(responder.id())))
                .toList();
        String words = Keywords.normalize(text);
        return first(
                        live,
                        responder -> responder.type().isKeyword()
                                && Keywords.normalize(responder.keyword()).equals(words)
                                && withinHours(responder, now))
                .or(() -> first(
                        live,
                        responder -> responder.type() == AutoResponderType.FIRST_MESSAGE
                                && firstMessage
                                && withinHours(responder, now)))
                .or(() -> first(
                        live,
                        responder -> responder.type() == AutoResponderType.AFTER_HOURS
                                && !responder.schedule().contains(now)))
                .or(() -> first(
                        live,
                        responder -> responder.type() == AutoResponderType.DURING_HOURS
                                && responder.schedule().contains(now)));
    }

    private static boolean withinHours(AutoResponderData responder, Instant now) {
        return responder.schedule() == null || responder.schedule().contains(now);
    }

    private static Optional<AutoResponderData> first(
            List<AutoResponderData> responders, Predicate<AutoResponderData> matches) {
        return responders.stream().filter(matches).findFirst();
    }
}
