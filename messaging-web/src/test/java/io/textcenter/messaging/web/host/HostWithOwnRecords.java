package io.textcenter.messaging.web.host;

import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.directory.JpaCustomerDirectory;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A host whose customer directory knows more than the module's own tables, as a field-service application would:
 * customers named "… (consented when booking)" gave marketing consent in its records, and those named "… (Honolulu)"
 * live there. Everything else is the module's standalone directory.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class HostWithOwnRecords extends JpaCustomerDirectory {

    static final String CONSENTED = "(consented when booking)";
    static final String IN_HONOLULU = "(Honolulu)";

    @Override
    public Map<String, ZoneId> timeZonesOf(Collection<String> mobiles) {
        return findByMobiles(mobiles).stream()
                .filter(customer -> customer.name().contains(IN_HONOLULU))
                .collect(Collectors.toMap(
                        CustomerData::mobile, customer -> ZoneId.of("Pacific/Honolulu"), (same, again) -> same));
    }

    @Override
    public Set<String> withMarketingConsent(Collection<String> mobiles) {
        return findByMobiles(mobiles).stream()
                .filter(customer -> customer.name().contains(CONSENTED))
                .map(CustomerData::mobile)
                .collect(Collectors.toSet());
    }
}
