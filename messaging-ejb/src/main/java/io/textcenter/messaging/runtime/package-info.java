/**
 * How the module runs in the server, apart from any domain area: the rules its timers and background work follow.
 * Holds no business rules and no state of the domain.
 */
package io.textcenter.messaging.runtime;
