package io.textcenter.messaging.notification;

import io.textcenter.messaging.api.AppointmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The customer notification for one appointment status (every status has one from the first migration on). */
@Entity
@Table(name = "notification_setting")
@NamedQuery(name = NotificationSetting.ALL, query = "SELECT n FROM NotificationSetting n")
public class NotificationSetting {

    static final String ALL = "NotificationSetting.all";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_status")
    private AppointmentStatus status;

    @Version
    private long version;

    private boolean enabled;

    private String message;

    @Column(name = "keeps_quiet_hours")
    private boolean keepsQuietHours;

    protected NotificationSetting() {
        // for JPA
    }

    void update(boolean enabled, String message, boolean keepsQuietHours) {
        this.enabled = enabled;
        this.message = message;
        this.keepsQuietHours = keepsQuietHours;
    }

    NotificationSettingData toData() {
        return new NotificationSettingData(status, enabled, message, keepsQuietHours);
    }
}
