package io.textcenter.messaging.settings;

import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Text;
import io.textcenter.messaging.validation.Urls;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The company's name, contact details, links and time zone: merge fields, the vCard and appointment times use them. */
@Stateless
public class CompanySettingsService {

    private static final int TEXT_LENGTH = 200;
    private static final int LONG_TEXT_LENGTH = 500;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private AuditTrail audit;

    public CompanySettingsData current() {
        return stored().toData();
    }

    public ZoneId zone() {
        return ZoneId.of(current().timeZone());
    }

    public CompanySettingsData update(CompanySettingsData input) {
        CompanySettingsData valid = new CompanySettingsData(
                Text.optional("name", input.name(), TEXT_LENGTH),
                phoneNumbers.optional("phone", input.phone()),
                Text.optional("email", input.email(), TEXT_LENGTH),
                Urls.optional("website", input.website()),
                Text.optional("address", input.address(), LONG_TEXT_LENGTH),
                Urls.optional("portalUrl", input.portalUrl()),
                Urls.optional("appLink", input.appLink()),
                zoneId(input.timeZone()));
        if (valid.email() != null && !valid.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("email", "\"" + valid.email() + "\" is not an email address");
        }
        // saves of the one row wait for each other, so that the later one stands and none fails on the row's version
        CompanySettings settings =
                em.find(CompanySettings.class, CompanySettings.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        CompanySettingsData before = settings.toData();
        settings.update(valid);
        audit.record(AuditAction.COMPANY_SETTINGS_CHANGED, "company settings", before, settings.toData());
        return settings.toData();
    }

    private CompanySettings stored() {
        return em.find(CompanySettings.class, CompanySettings.THE_ROW);
    }

    private static String zoneId(String timeZone) {
        String zone = Text.required("timeZone", timeZone, TEXT_LENGTH);
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException unknown) {
            throw new ValidationException("timeZone", "\"" + zone + "\" is not a time zone (use e.g. America/Chicago)");
        }
    }
}
