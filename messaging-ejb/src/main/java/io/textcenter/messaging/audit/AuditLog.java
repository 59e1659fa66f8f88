package io.textcenter.messaging.audit;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.persistence.EntityIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail, newest first, a page at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditLog {

    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    /** A page of entries that match, newest first, after the cursor {@code after} (a page's {@code nextCursor}). */
    public AuditPage page(AuditFilter filter, int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            throw new ValidationException("first", "between 1 and " + MAX_PAGE);
        }
        StringBuilder where = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (after != null) {
            long cursor = EntityIds.parse(after)
                    .orElseThrow(() -> new ValidationException("after", "not a cursor this query gave"));
            where.append(" AND e.id < :cursor");
            parameters.put("cursor", cursor);
        }
        if (filter.actions() != null && !filter.actions().isEmpty()) {
            where.append(" AND e.action IN :actions");
            parameters.put("actions", filter.actions());
        }
        if (filter.actor() != null) {
            where.append(" AND e.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.subject() != null) {
            where.append(" AND e.subject = :subject");
            parameters.put("subject", filter.subject());
        }
        if (filter.from() != null) {
            where.append(" AND e.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND e.at < :to");
            parameters.put("to", filter.to());
        }
        TypedQuery<AuditEntry> query = em.createQuery(where + " ORDER BY e.id DESC", AuditEntry.class);
        parameters.forEach(query::setParameter);
        List<AuditEntryData> entries = query.setMaxResults(first + 1)
                .getResultStream()
                .map(AuditEntry::toData)
                .toList();
        boolean more = entries.size() > first;
        List<AuditEntryData> items = more ? entries.subList(0, first) : entries;
        return new AuditPage(items, more ? items.get(items.size() - 1).id() : null);
    }
}
