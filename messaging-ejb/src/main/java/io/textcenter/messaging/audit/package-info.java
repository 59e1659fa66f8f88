/**
 * The audit trail: who changed what and when, with the values before and after (never a secret), for every
 * administrative change and every inbox action. Entries are only ever added; nothing in the module changes or deletes
 * them. Who acted is the caller the container authenticated (a token's login), or "system" for the module's own work.
 */
package io.textcenter.messaging.audit;
