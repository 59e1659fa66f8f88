package io.textcenter.messaging.quiethours;

import io.textcenter.messaging.api.CustomerDirectory;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.settings.CompanySettingsService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/**
 * The company's texting window, read and set by administrators, and the check the outbox makes for a batch of due
 * texts: the window, the zones the host's directory knows, and the company's time zone (for numbers that tell none) as
 * they stand now.
 */
@Stateless
public class QuietHours {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private CompanySettingsService company;

    @Inject
    private Clock clock;

    @Inject
    private CustomerDirectory customers;

    @Inject
    private AuditTrail audit;

    public TextingWindow window() {
        return stored().window();
    }

    /**
     * Sets the window from "HH:mm" times; one that closes before it opens runs overnight, and one that closes when it
     * opens is open around the clock.
     */
    public TextingWindow update(String opensAt, String closesAt) {
        // saves of the one row wait for each other, so that the later one stands and none fails on the row's version
        TextingWindowSetting setting =
                em.find(TextingWindowSetting.class, TextingWindowSetting.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        TextingWindow before = setting.window();
        setting.set(new TextingWindow(time("opensAt", opensAt), time("closesAt", closesAt)));
        audit.record(AuditAction.QUIET_HOURS_CHANGED, "texting window", before, setting.window());
        return setting.window();
    }

    /** What decides, for texts due now to these numbers, which wait and until when. */
    public QuietHoursCheck checkNow(Collection<String> numbers) {
        return new QuietHoursCheck(window(), company.zone(), customers.timeZonesOf(numbers), clock.instant());
    }

    private TextingWindowSetting stored() {
        return em.find(TextingWindowSetting.class, TextingWindowSetting.THE_ROW);
    }

    private static LocalTime time(String field, String value) {
        if (value == null || !value.matches("\\d{2}:\\d{2}")) {
            throw new ValidationException(field, "give a time of day as HH:mm, e.g. 08:00");
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException impossible) {
            throw new ValidationException(field, "\"" + value + "\" is not a time of day");
        }
    }
}
