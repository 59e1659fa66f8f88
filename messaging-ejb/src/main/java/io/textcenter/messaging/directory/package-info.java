/**
 * The default directory: customers, employees and appointments kept by the module when the host brings none (JPA
 * implementations of the SPI in {@code api}), and the appointment status changes that confirmations make.
 */
package io.textcenter.messaging.directory;
