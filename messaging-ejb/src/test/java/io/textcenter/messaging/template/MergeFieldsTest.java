package io.textcenter.messaging.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.api.CustomerData;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.settings.CompanySettingsData;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MergeFieldsTest {

    private static final CompanySettingsData COMPANY = new CompanySettingsData(
            "Acme Plumbing",
            "+12015550100",
            null,
            null,
            null,
            "https://portal.acme.test",
            "https://app.acme.test",
            "America/Chicago");
    private static final MergeContext FULL = MergeContext.of(COMPANY)
            .withCustomer(new CustomerData("1", "Ann Marie Lee", "+12015550123"))
            .withEmployee(new EmployeeData("2", "Tom Tech", "+12015550124", "ttech", true))
            .withAppointment(
                    new AppointmentData(
                            "3",
                            "1",
                            "4",
                            OffsetDateTime.parse("2026-11-26T15:30:00Z"),
                            AppointmentStatus.IN_ROUTE,
                            null),
                    new EmployeeData("4", "Rita Repair", null, "rita", false),
                    "https://dispatch.acme.test/appointments/3");

    @Test
    void everyFieldIsFilledFromItsContext() {
        String all = Arrays.stream(MergeField.values())
                .map(field -> field.token() + "=[{" + field.token() + "}]")
                .collect(Collectors.joining(" "));
        Rendered rendered = MergeFields.render(all, FULL);
        assertEquals(
                "CustomerName=[Ann Marie Lee] CustomerFirstName=[Ann] TechnicianName=[Rita Repair] TechnicianFirstName=[Rita]"
                        + " AppointmentDate=[Thursday, November 26] AppointmentTime=[9:30 AM] AppointmentStatus=[In Route]"
                        + " AppointmentLink=[https://dispatch.acme.test/appointments/3] CompanyName=[Acme Plumbing] CompanyPhone=[+12015550100]"
                        + " PortalLink=[https://portal.acme.test] EmployeeName=[Tom Tech] EmployeeFirstName=[Tom] LoginId=[ttech]"
                        + " AppLink=[https://app.acme.test]",
                rendered.body());
        assertEquals(List.of(), rendered.unknownFields());
        assertEquals(List.of(), rendered.emptyFields());
    }

    @Test
    void fieldsWithoutAValueRenderEmptyAndAreReported() {
        Rendered rendered = MergeFields.render(
                "Hi {CustomerFirstName}, {TechnicianFirstName} is on the way.", MergeContext.of(COMPANY));
        assertEquals("Hi ,  is on the way.", rendered.body());
        assertEquals(List.of("CustomerFirstName", "TechnicianFirstName"), rendered.emptyFields());
    }

    @Test
    void unknownFieldsStayAsWrittenAndAreReported() {
        Rendered rendered = MergeFields.render("Hi {customerFirstName} {Nope} {Nope}", FULL);
        assertEquals("Hi {customerFirstName} {Nope} {Nope}", rendered.body(), "names are case-sensitive");
        assertEquals(List.of("customerFirstName", "Nope"), rendered.unknownFields());
    }

    @Test
    void savingTextWithAnUnknownFieldIsAValidationError() {
        var error = assertThrows(ValidationException.class, () -> MergeFields.requireKnown("body", "Hi {FirstName}"));
        assertEquals("body", error.field());
        assertTrue(error.getMessage().contains("{FirstName}"), error.getMessage());
    }

    @Test
    void mistypedFieldsAreUnknownFields() {
        assertEquals(
                List.of("Customer_Name", "Customer Name", "AppointmentDate2"),
                MergeFields.unknownIn("{Customer_Name} {Customer Name} {AppointmentDate2} {CustomerName}"));
    }

    @Test
    void bracesThatAreNoTokenAreLeftAlone() {
        assertEquals(List.of(), MergeFields.unknownIn("Code {1234} or { spaced } or {}"));
        assertEquals(
                "Use code {1234}", MergeFields.render("Use code {1234}", FULL).body());
    }

    @Test
    void valuesWithDollarSignsAndBackslashesAreInsertedLiterally() {
        MergeContext context = MergeContext.of(COMPANY).withCustomer(new CustomerData("1", "$1 \\Bob", null));
        assertEquals(
                "Hi $1 \\Bob", MergeFields.render("Hi {CustomerName}", context).body());
    }
}
