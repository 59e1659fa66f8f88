package io.textcenter.messaging.responder;

import java.util.List;

/**
 * An auto-responder.
 *
 * @param lineIds  the lines it answers on; empty for every line
 * @param schedule its hours; required for AFTER_HOURS/DURING_HOURS, otherwise it limits when the responder answers
 */
public record AutoResponderData(
        String id,
        AutoResponderType type,
        String keyword,
        String message,
        List<String> lineIds,
        Schedule schedule,
        boolean includeVCard,
        List<String> imageUrls,
        boolean active) {

    boolean answersOn(String lineId) {
        return lineIds.isEmpty() || lineIds.contains(lineId);
    }

    boolean sharesALineWith(AutoResponderData other) {
        return lineIds.isEmpty() || other.lineIds.isEmpty() || lineIds.stream().anyMatch(other.lineIds::contains);
    }
}
