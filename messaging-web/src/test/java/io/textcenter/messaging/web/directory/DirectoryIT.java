package io.textcenter.messaging.web.directory;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.unusedDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.GraphQL;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The standalone directory over GraphQL: administrators keep it, the center reads it, bad input changes nothing. */
@ResourceLock(AgainstTheDeployedModule.COMPANY_PROFILE)
class DirectoryIT extends AgainstTheDeployedModule {

    private static final String SAVE_CUSTOMER =
            "mutation($input: CustomerInput!) { saveCustomer(input: $input) { id name mobile } }";
    private static final String CUSTOMER = "query($id: ID!) { customer(id: $id) { id name mobile } }";
    private static final String SAVE_EMPLOYEE =
            "mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id name mobile loginId textMessagingRole } }";
    private static final String SAVE_APPOINTMENT =
            "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id status start link customer { id } } }";
    private static final String APPOINTMENTS = """
            query($date: Date!) { appointments(date: $date) {
              id start status preNotification link customer { id name mobile } technician { id name loginId } } }""";

    private GraphQL graphQL;

    @BeforeEach
    void connect() {
        graphQL = server().graphQL();
    }

    @Test
    void anAdministratorSavesACustomerWhoseMobileIsStoredInE164AndTheCenterReadsIt() {
        String mobile = localMobile();
        var saved = graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("name", "  Ann Lee ", "mobile", mobile));
        String id = saved.string("saveCustomer.id");
        assertEquals("Ann Lee", saved.string("saveCustomer.name"));
        assertEquals(e164(mobile), saved.string("saveCustomer.mobile"));

        var read = graphQL.call(agentToken(), CUSTOMER, "id", id);
        assertEquals(e164(mobile), read.string("customer.mobile"));

        graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("id", id, "name", "Ann Lee-Smith"));
        var renamed = graphQL.call(agentToken(), CUSTOMER, "id", id);
        assertEquals("Ann Lee-Smith", renamed.string("customer.name"));
        assertNull(renamed.string("customer.mobile"), "saving without a mobile clears it");
    }

    @Test
    void invalidCustomerInputIsRefusedNamingTheFieldAndChangesNothing() {
        String mobile = localMobile();
        String id = graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("name", "Bo Ray", "mobile", mobile))
                .string("saveCustomer.id");

        graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("id", id, "name", "Bo Ray", "mobile", "12345"))
                .assertError("validation", "mobile");
        graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("id", id, "name", "   ", "mobile", mobile))
                .assertError("validation", "name");
        graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("id", id, "name", "x".repeat(201)))
                .assertError("validation", "name");

        var unchanged = graphQL.call(agentToken(), CUSTOMER, "id", id);
        assertEquals("Bo Ray", unchanged.string("customer.name"));
        assertEquals(e164(mobile), unchanged.string("customer.mobile"));
    }

    @Test
    void aMissingRequiredFieldIsRejectedBeforeAnythingRuns() {
        var reply = graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("mobile", localMobile()));
        assertEquals(
                "ValidationError", reply.error().getJsonObject("extensions").getString("classification"));
        assertTrue(reply.errorMessage().contains("name"), reply::toString);
    }

    @Test
    void unknownIdsAreNotFoundWhenWrittenAndNullWhenRead() {
        graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("id", "987654321", "name", "Nobody"))
                .assertError("not-found", "987654321");
        graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("id", "not-a-number", "name", "Nobody"))
                .assertError("not-found", "not-a-number");
        assertNull(graphQL.call(agentToken(), CUSTOMER, "id", "987654321").string("customer"));
        assertNull(graphQL.call(agentToken(), "query($id: ID!) { employee(id: $id) { id } }", "id", "987654321")
                .string("employee"));
    }

    @Test
    void anEmployeesLoginIdIsTheirsAlone() {
        String login = "tech" + System.nanoTime();
        var saved = graphQL.call(
                adminToken(),
                SAVE_EMPLOYEE,
                "input",
                Map.of("name", "Tom Tech", "mobile", localMobile(), "loginId", login));
        assertEquals(login, saved.string("saveEmployee.loginId"));
        assertEquals(
                JsonObject.FALSE, saved.data("saveEmployee.textMessagingRole"), "textMessagingRole defaults to false");

        graphQL.call(adminToken(), SAVE_EMPLOYEE, "input", Map.of("name", "Tim Other", "loginId", login))
                .assertError("validation", "loginId");

        String id = saved.string("saveEmployee.id");
        var resaved = graphQL.call(
                adminToken(),
                SAVE_EMPLOYEE,
                "input",
                Map.of("id", id, "name", "Tom Tech", "loginId", login, "textMessagingRole", true));
        assertEquals(
                JsonObject.TRUE,
                resaved.data("saveEmployee.textMessagingRole"),
                "saving under its own login id is fine");
    }

    @Test
    void appointmentsOfADayComeWithTheirCustomerTechnicianAndLink() {
        graphQL.call(adminToken(), "mutation { updateCompanySettings(input: {timeZone: \"UTC\"}) { timeZone } }")
                .data("updateCompanySettings");
        LocalDate day = unusedDay();
        String customer = graphQL.call(
                        adminToken(), SAVE_CUSTOMER, "input", Map.of("name", "Cy Client", "mobile", localMobile()))
                .string("saveCustomer.id");
        String technician = graphQL.call(
                        adminToken(),
                        SAVE_EMPLOYEE,
                        "input",
                        Map.of("name", "Ted Tech", "loginId", "ted" + System.nanoTime()))
                .string("saveEmployee.id");

        var late = graphQL.call(
                adminToken(),
                SAVE_APPOINTMENT,
                "input",
                Map.of("customerId", customer, "technicianId", technician, "start", day + "T15:30:00Z"));
        var early = graphQL.call(
                adminToken(), SAVE_APPOINTMENT, "input", Map.of("customerId", customer, "start", day + "T08:00:00Z"));
        graphQL.call(
                adminToken(),
                SAVE_APPOINTMENT,
                "input",
                Map.of("customerId", customer, "start", day.plusDays(1) + "T08:00:00Z"));
        assertEquals("SCHEDULED", late.string("saveAppointment.status"));

        var day1 =
                graphQL.call(agentToken(), APPOINTMENTS, "date", day.toString()).array("appointments");
        assertEquals(2, day1.size(), day1::toString);
        JsonObject first = day1.getJsonObject(0);
        JsonObject second = day1.getJsonObject(1);
        assertEquals(early.string("saveAppointment.id"), first.getString("id"), "earliest first");
        assertEquals("Cy Client", first.getJsonObject("customer").getString("name"));
        assertTrue(first.isNull("technician"));
        assertEquals("Ted Tech", second.getJsonObject("technician").getString("name"));
        assertTrue(second.getString("link").endsWith("/" + second.getString("id")), second::toString);
        assertTrue(second.isNull("preNotification"));
    }

    @Test
    void anAppointmentNeedsAnExistingCustomerAndTechnician() {
        String customer = graphQL.call(adminToken(), SAVE_CUSTOMER, "input", Map.of("name", "Di Client"))
                .string("saveCustomer.id");
        graphQL.call(
                        adminToken(),
                        SAVE_APPOINTMENT,
                        "input",
                        Map.of("customerId", "987654321", "start", "2041-03-01T10:00:00Z"))
                .assertError("not-found", "Customer 987654321");
        graphQL.call(
                        adminToken(),
                        SAVE_APPOINTMENT,
                        "input",
                        Map.of("customerId", customer, "technicianId", "987654321", "start", "2041-03-01T10:00:00Z"))
                .assertError("not-found", "Employee 987654321");
        var malformed = graphQL.call(
                adminToken(), SAVE_APPOINTMENT, "input", Map.of("customerId", customer, "start", "next tuesday"));
        assertTrue(malformed.errorMessage().contains("start"), malformed::toString);
    }
}
