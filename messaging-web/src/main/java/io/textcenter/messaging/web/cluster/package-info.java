/**
 * What reaches every instance of a cluster through Payara's data grid: live updates for subscribers only. The
 * database stays the source of truth; nothing here is stored.
 */
package io.textcenter.messaging.web.cluster;
