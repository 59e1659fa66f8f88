/**
 * Who may call what: JWT groups checked before an operation runs (deny by default), bearer tokens checked where the
 * server's MicroProfile JWT cannot (websockets), and the security headers of every answer.
 */
package io.textcenter.messaging.web.security;
