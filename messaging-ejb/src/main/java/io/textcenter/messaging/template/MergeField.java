package io.textcenter.messaging.template;

import java.util.Arrays;
import java.util.Optional;

/** The fields a message may contain, written in braces: {CustomerFirstName}. Names are case-sensitive. */
public enum MergeField {
    CUSTOMER_NAME("CustomerName"),
    CUSTOMER_FIRST_NAME("CustomerFirstName"),
    TECHNICIAN_NAME("TechnicianName"),
    TECHNICIAN_FIRST_NAME("TechnicianFirstName"),
    APPOINTMENT_DATE("AppointmentDate"),
    APPOINTMENT_TIME("AppointmentTime"),
    APPOINTMENT_STATUS("AppointmentStatus"),
    APPOINTMENT_LINK("AppointmentLink"),
    COMPANY_NAME("CompanyName"),
    COMPANY_PHONE("CompanyPhone"),
    PORTAL_LINK("PortalLink"),
    EMPLOYEE_NAME("EmployeeName"),
    EMPLOYEE_FIRST_NAME("EmployeeFirstName"),
    LOGIN_ID("LoginId"),
    APP_LINK("AppLink");

    private final String token;

    MergeField(String token) {
        this.token = token;
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    public static Optional<MergeField> named(String token) {
        return Arrays.stream(values())
                .filter(field -> field.token.equals(token))
                .findFirst();
    }
}
