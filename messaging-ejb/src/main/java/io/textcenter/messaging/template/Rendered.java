package io.textcenter.messaging.template;

import io.textcenter.messaging.carrier.Segments;
import java.util.List;

/**
 * A message with its merge fields filled.
 *
 * @param unknownFields tokens in braces that are no merge field (left as written)
 * @param emptyFields   merge fields that had no value in the context (rendered as nothing)
 */
public record Rendered(String body, List<String> unknownFields, List<String> emptyFields) {

    public int segments() {
        return Segments.count(body);
    }

    public String encoding() {
        return Segments.encoding(body);
    }
}
