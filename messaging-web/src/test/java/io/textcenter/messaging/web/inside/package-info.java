/**
 * Test-only classes that the tests add to the module's WAR on the server they share: a stand-in host application that
 * changes an appointment's status in a transaction of its own, and a counter of the SQL statements of marked requests.
 * They only add endpoints (under /messaging/api/test-…), so the module behaves as it does without them.
 */
package io.textcenter.messaging.web.inside;
