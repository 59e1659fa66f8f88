/**
 * Who may call what: the caller's bearer token verified as a request comes in (HTTP) or a subscription starts
 * (websocket), JWT groups checked before an operation runs (deny by default), and the security headers of every
 * answer.
 */
package io.textcenter.messaging.web.security;
