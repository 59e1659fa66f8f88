/**
 * What a host compiles against: the directory SPI (customers, employees, appointments), the events it fires
 * (technician status changes, people saved) and the exceptions every caller may see (validation, not found,
 * forbidden, conflict). Depends on nothing else of the module; changes here are changes to the public contract.
 */
package io.textcenter.messaging.api;
