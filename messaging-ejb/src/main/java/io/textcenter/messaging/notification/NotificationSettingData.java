package io.textcenter.messaging.notification;

import io.textcenter.messaging.api.AppointmentStatus;

/** Whether customers are texted when an appointment reaches this status, and what. */
public record NotificationSettingData(AppointmentStatus status, boolean enabled, String message) {}
