/** MicroProfile Health checks: ready when the database answers with the expected schema; where texts go. */
package io.textcenter.messaging.web.health;
