package io.textcenter.messaging.api;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The host's customers (SPI). The module ships a JPA implementation for standalone use; a host replaces it with a CDI
 * {@code @Alternative @Priority} bean. Numbers handed in are already E.164; implementations need not validate them.
 */
public interface CustomerDirectory {

    Optional<CustomerData> find(String id);

    /** The customers with these ids, in any order; unknown ids are left out. */
    List<CustomerData> findAll(Collection<String> ids);

    List<CustomerData> findByMobile(String mobile);

    /** The customers whose mobile is one of these, each mobile's in {@link #findByMobile}'s order; override to read them at once. */
    default List<CustomerData> findByMobiles(Collection<String> mobiles) {
        return mobiles.stream()
                .distinct()
                .flatMap(mobile -> findByMobile(mobile).stream())
                .toList();
    }

    /** Customers whose name contains {@code fragment} (any case), at most {@code limit}; for the inbox search. */
    List<CustomerData> findByName(String fragment, int limit);

    /** Creates the customer when its id is null, else updates it; returns it as stored. */
    CustomerData save(CustomerData customer);

    /**
     * The time zones the host knows for these mobiles (e.g. from the service address), for quiet hours; a mobile left
     * out has its zone derived from its number. Override when the host records one.
     */
    default Map<String, ZoneId> timeZonesOf(Collection<String> mobiles) {
        return Map.of();
    }

    /**
     * Those of these mobiles whose customer gave marketing consent in the host's own records (e.g. a box ticked when
     * booking); marketing texts go to them as to numbers whose consent an agent recorded. Override when the host keeps
     * such a record.
     */
    default Set<String> withMarketingConsent(Collection<String> mobiles) {
        return Set.of();
    }
}
