package io.textcenter.messaging.web.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Batched resolvers fetch a page's related rows in one call, then hand each item its own. */
final class Lookup {

    private Lookup() {}

    static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (first, same) -> first));
    }
}
