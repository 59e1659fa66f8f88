package io.textcenter.messaging.persistence;

import java.util.Optional;

/** Ids cross the API as opaque strings; the module's own tables key rows by number. */
public final class EntityIds {

    private EntityIds() {}

    /** The row key an API id names, or empty when the id cannot name a row (so the caller reports "not found"). */
    public static Optional<Long> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    public static String format(long id) {
        return Long.toString(id);
    }
}
