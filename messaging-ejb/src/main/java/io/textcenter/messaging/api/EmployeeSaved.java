package io.textcenter.messaging.api;

/** CDI event: an employee was created or changed (see {@link CustomerSaved}). */
public record EmployeeSaved(EmployeeData employee) {}
