package io.textcenter.messaging.conversation;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.persistence.LikePattern;
import io.textcenter.messaging.validation.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shared inbox: conversations with the latest activity first, filtered, paged by cursor.
 *
 * <p>Paging is stable while texts arrive: the first page fixes a moment ({@code asOf}) and every page orders
 * conversations by their last message at or before it. A conversation that gets a new text meanwhile keeps its place
 * for the rest of the paging, so each one is returned exactly once; conversations started later appear on a fresh first
 * page. One statement lists a page, whatever its size, reading conversations in the order of an index on their last
 * message, so its cost follows the page size, not the size of the inbox; counting the matches is a statement of its own.
 * Reads need no transaction of their own (one would cost two more round trips to the database per call); inside a
 * caller's transaction they join it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Inbox {

    public static final int MAX_PAGE = 200;
    private static final int NAME_MATCHES = 200;
    /** Longer than any name, number or phrase a person looks for; a longer one only makes every row's LIKE slower. */
    private static final int MAX_SEARCH = 100;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    CustomerDirectory customers;

    @Inject
    Clock clock;

    public ConversationPageData page(ConversationFilterData filter, int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            throw new ValidationException("first", "must be from 1 to " + MAX_PAGE);
        }
        Cursor cursor = after == null
                ? Cursor.start(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS))
                : Cursor.parse(after);
        Sql where = where(filter);

        // Most conversations had their last message by asOf: their key is last_message_at, read in index order and cut
        // at the page size. The few changed since have their key looked up in their messages.
        Sql recent = new Sql("SELECT c.id AS id, c.last_message_at AS sort_key FROM conversation c WHERE ", List.of())
                .append(where.text, where.params)
                .append(" AND c.last_message_at <= ?", List.of(cursor.asOf()));
        if (cursor.key() != null) {
            recent = recent.append(
                    " AND (c.last_message_at < ? OR (c.last_message_at = ? AND c.id < ?))",
                    List.of(cursor.key(), cursor.key(), cursor.id()));
        }
        recent = recent.append(
                " ORDER BY c.last_message_at DESC, c.id DESC FETCH FIRST " + (first + 1) + " ROWS ONLY", List.of());
        Sql listing = new Sql("SELECT id, sort_key FROM (SELECT * FROM (", List.of())
                .append(recent.text, recent.params)
                .append(
                        ") recent UNION ALL SELECT c.id AS id, (SELECT MAX(k.created_at) FROM message k WHERE k.conversation_id = c.id"
                                + " AND k.created_at <= ?) AS sort_key FROM conversation c WHERE ",
                        List.of(cursor.asOf()))
                .append(where.text, where.params)
                .append(" AND c.last_message_at > ?", List.of(cursor.asOf()))
                .append(") keyed WHERE sort_key IS NOT NULL", List.of());
        if (cursor.key() != null) {
            listing = listing.append(
                    " AND (sort_key < ? OR (sort_key = ? AND id < ?))",
                    List.of(cursor.key(), cursor.key(), cursor.id()));
        }
        listing = listing.append(" ORDER BY sort_key DESC, id DESC", List.of());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = listing.query(em).setMaxResults(first + 1).getResultList();

        List<Object[]> page = rows.subList(0, Math.min(first, rows.size()));
        List<Long> ids = page.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Conversation> loaded = ids.isEmpty()
                ? Map.of()
                : em.createNamedQuery(Conversation.BY_IDS, Conversation.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(Conversation::id, Function.identity()));
        List<ConversationData> items =
                ids.stream().map(loaded::get).map(Conversation::toData).toList();

        String next = rows.size() > first
                ? new Cursor(cursor.asOf(), instant(page.get(page.size() - 1)[1]), ids.get(ids.size() - 1)).encode()
                : null;
        return new ConversationPageData(items, next);
    }

    /** How many conversations match the filter now (asked for on its own: counting costs more than a page). */
    public int count(ConversationFilterData filter) {
        Sql where = where(filter);
        return ((Number) new Sql("SELECT COUNT(*) FROM conversation c WHERE " + where.text, where.params)
                        .query(em)
                        .getSingleResult())
                .intValue();
    }

    private Sql where(ConversationFilterData filter) {
        Sql where = new Sql("1 = 1", List.of());
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            List<ConversationStatus> statuses =
                    filter.statuses().stream().sorted(Comparator.naturalOrder()).toList();
            where = where.append(
                    " AND c.status IN ("
                            + String.join(
                                    ", ", statuses.stream().map(status -> "?").toList()) + ")",
                    statuses.stream().map(status -> (Object) status.name()).toList());
        }
        if (filter.lineId() != null) {
            where = where.append(
                    " AND c.line_id = ?",
                    List.of(EntityIds.parse(filter.lineId()).orElse(-1L)));
        }
        if (filter.from() != null || filter.to() != null) {
            where = where.append(
                    " AND EXISTS (SELECT 1 FROM message d WHERE d.conversation_id = c.id AND d.created_at >= ? AND d.created_at < ?)",
                    List.of(
                            filter.from() == null
                                    ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                                    : filter.from(),
                            filter.to() == null
                                    ? OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                                    : filter.to()));
        }
        if (filter.customerId() != null) {
            where = where.append(" AND c.customer_id = ?", List.of(filter.customerId()));
        }
        if (filter.unreviewedOnly()) {
            where = where.append(
                    " AND EXISTS (SELECT 1 FROM message u WHERE u.conversation_id = c.id AND u.reviewed = FALSE)",
                    List.of());
        }
        String search = Text.optional("search", filter.search(), MAX_SEARCH);
        if (search != null) {
            Sql matching = matching(search);
            where = where.append(" AND (" + matching.text + ")", matching.params);
        }
        return where;
    }

    /** Conversations whose number has the digits searched for, whose customer has the name, or with a message that has the words. */
    private Sql matching(String search) {
        String digits = search.replaceAll("\\D", "");
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (digits.length() >= 3) {
            parts.add("c.external_number LIKE ?");
            params.add("%" + digits + "%");
        }
        List<CustomerData> named = customers.findByName(search, NAME_MATCHES);
        if (!named.isEmpty()) {
            parts.add("c.customer_id IN ("
                    + String.join(", ", named.stream().map(customer -> "?").toList()) + ")");
            named.forEach(customer -> params.add(customer.id()));
        }
        parts.add("EXISTS (SELECT 1 FROM message b WHERE b.conversation_id = c.id AND LOWER(b.body) LIKE ? ESCAPE '"
                + LikePattern.ESCAPE + "')");
        params.add(LikePattern.containing(search));
        return new Sql(String.join(" OR ", parts), params);
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) column).toInstant();
    }

    /** SQL with its positional parameters, numbered ?1, ?2 ... when run. */
    private record Sql(String text, List<Object> params) {

        Sql append(String more, List<Object> moreParams) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(moreParams);
            return new Sql(text + more, all);
        }

        Query query(EntityManager em) {
            StringBuilder numbered = new StringBuilder();
            int index = 0;
            for (char ch : text.toCharArray()) {
                numbered.append(ch);
                if (ch == '?') {
                    numbered.append(++index);
                }
            }
            Query query = em.createNativeQuery(numbered.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query;
        }
    }

    /** Where paging stands: the moment it started, and the last conversation returned (its key and id). */
    private record Cursor(OffsetDateTime asOf, Instant keyInstant, Long id) {

        static Cursor start(OffsetDateTime asOf) {
            return new Cursor(asOf, null, null);
        }

        OffsetDateTime key() {
            return keyInstant == null ? null : keyInstant.atOffset(ZoneOffset.UTC);
        }

        String encode() {
            String plain = micros(asOf.toInstant()) + ":" + micros(keyInstant) + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor parse(String cursor) {
            try {
                String[] parts =
                        new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
                return new Cursor(
                        instantOf(Long.parseLong(parts[0])).atOffset(ZoneOffset.UTC),
                        instantOf(Long.parseLong(parts[1])),
                        Long.parseLong(parts[2]));
            } catch (RuntimeException malformed) {
                throw new ValidationException("after", "is not a cursor this API returned");
            }
        }

        private static long micros(Instant instant) {
            return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
        }

        private static Instant instantOf(long micros) {
            return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        }
    }
}
