package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Look-ups the JPA directories share: API ids are strings, rows are keyed by number. */
final class JpaRows {

    private JpaRows() {}

    static <E> Optional<E> find(EntityManager em, Class<E> type, String id) {
        return EntityIds.parse(id).map(key -> em.find(type, key));
    }

    static <E> E get(EntityManager em, Class<E> type, String id) {
        return find(em, type, id).orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
    }

    /** One query for a whole batch of ids, so GraphQL pages cost the same number of statements at any size. */
    static <E> List<E> findAll(EntityManager em, String namedQuery, Class<E> type, Collection<String> ids) {
        List<Long> keys = ids.stream()
                .map(EntityIds::parse)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(namedQuery, type).setParameter("ids", keys).getResultList();
    }
}
