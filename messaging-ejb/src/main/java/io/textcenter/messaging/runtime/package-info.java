/**
 * How the module runs in the server, apart from any domain area: its background threads ({@link
 * io.textcenter.messaging.runtime.Workers}), its one clock, work retried when it clashes with concurrent work, and the
 * rules its timers follow. Holds no business rules and no state of the domain.
 */
package io.textcenter.messaging.runtime;
