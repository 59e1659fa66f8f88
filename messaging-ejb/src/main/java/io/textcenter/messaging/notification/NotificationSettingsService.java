package io.textcenter.messaging.notification;

import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.template.TemplateService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/** The on/off switch and message of each appointment status's customer notification. */
@Stateless
public class NotificationSettingsService {

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** One per status, in the order an appointment goes through them. */
    public List<NotificationSettingData> all() {
        return em.createNamedQuery(NotificationSetting.ALL, NotificationSetting.class)
                .getResultStream()
                .map(NotificationSetting::toData)
                .sorted(Comparator.comparing(NotificationSettingData::status))
                .toList();
    }

    public NotificationSettingData of(AppointmentStatus status) {
        return em.find(NotificationSetting.class, status).toData();
    }

    public NotificationSettingData save(NotificationSettingData input) {
        if (input.status() == null) {
            throw new ValidationException("status", "must be given");
        }
        NotificationSetting setting = em.find(NotificationSetting.class, input.status());
        NotificationSettingData before = setting.toData();
        setting.update(input.enabled(), TemplateService.body("message", input.message()), input.keepsQuietHours());
        audit.record(
                AuditAction.NOTIFICATION_SETTING_SAVED, "notification " + input.status(), before, setting.toData());
        return setting.toData();
    }
}
