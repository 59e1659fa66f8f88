package io.textcenter.messaging.notification;

import io.textcenter.messaging.api.AppointmentStatus;

/**
 * Whether customers are texted when an appointment reaches this status, and what; {@code keepsQuietHours}: whether the
 * text waits for the customer's texting window when the status changes in their quiet hours (not by default).
 */
public record NotificationSettingData(
        AppointmentStatus status, boolean enabled, String message, boolean keepsQuietHours) {}
