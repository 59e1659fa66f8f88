package io.textcenter.messaging.dispatch;

/** A text the carrier took, under the id it gave it. */
record TakenByCarrier(long messageId, String carrierSid) {}
