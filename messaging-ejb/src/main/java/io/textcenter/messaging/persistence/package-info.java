/**
 * The database as the module uses it: Flyway migrations, ids, LIKE patterns, short-lived read caches, the module's own
 * secrets and the sealing of every stored secret. No business rules.
 */
package io.textcenter.messaging.persistence;
