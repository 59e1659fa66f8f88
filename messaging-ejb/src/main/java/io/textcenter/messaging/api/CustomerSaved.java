package io.textcenter.messaging.api;

/**
 * CDI event: a customer was created or changed. The module fires it for its own directory; a host that supplies its
 * own directory fires it too, inside its transaction or outside any, so that conversations with the customer's mobile
 * get tied to the customer.
 */
public record CustomerSaved(CustomerData customer) {}
