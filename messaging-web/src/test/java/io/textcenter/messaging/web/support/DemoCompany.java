package io.textcenter.messaging.web.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A demo company written through the module's own GraphQL API, as its administrator and agents would enter it, so the
 * module's rules apply to every row: lines, employees, customers with appointments today and tomorrow, the seed's
 * templates and auto-responders, notification settings, and conversations in every state (new and unreviewed, claimed
 * with a whisper, resolved, an opted-out number) with three days of history and an MMS. The history is written as it
 * happened: ./run starts the sandbox's clock four days back, and the demo moves it forward to now. Plain JDK, run as a
 * single-file program by ./run:
 * {@code java DemoCompany.java <baseUrl> <administrator token> <agent token> <second agent token>}.
 */
public final class DemoCompany {

    static final String SALES_LINE = "+12015550101";
    static final String SERVICE_LINE = "+12015550102";
    static final String NOTIFICATION_LINE = "+12015550103";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final ZoneId COMPANY_ZONE = ZoneId.of("America/New_York");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI graphQL;
    private final String administrator;
    private final String agent;
    private final String secondAgent;

    private DemoCompany(String baseUrl, String administrator, String agent, String secondAgent) {
        this.graphQL = URI.create(baseUrl.replaceAll("/$", "") + "/messaging/graphql");
        this.administrator = administrator;
        this.agent = agent;
        this.secondAgent = secondAgent;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: DemoCompany <baseUrl> <administrator token> <agent token> <second agent token>");
            System.exit(2);
        }
        new DemoCompany(args[0], args[1], args[2], args[3]).write();
    }

    private void write() throws Exception {
        call(
                administrator,
                "mutation($i: CompanySettingsInput!) { updateCompanySettings(input: $i) { name } }",
                Map.of(
                        "i",
                        Map.of(
                                "name",
                                "Bright Home Services",
                                "phone",
                                "+12015550100",
                                "email",
                                "office@brighthome.example",
                                "website",
                                "https://brighthome.example",
                                "address",
                                "12 Main Street, Hoboken, NJ",
                                "portalUrl",
                                "https://portal.brighthome.example",
                                "appLink",
                                "https://app.brighthome.example",
                                "timeZone",
                                COMPANY_ZONE.getId())));
        String sales = id(call(
                administrator,
                SAVE_LINE,
                Map.of("i", Map.of("description", "Sales", "phoneNumber", SALES_LINE, "kind", "TWO_WAY"))));
        String service = id(call(
                administrator,
                SAVE_LINE,
                Map.of("i", Map.of("description", "Service", "phoneNumber", SERVICE_LINE, "kind", "TWO_WAY"))));
        call(
                administrator,
                SAVE_LINE,
                Map.of(
                        "i",
                        Map.of(
                                "description",
                                "Appointment notifications",
                                "phoneNumber",
                                NOTIFICATION_LINE,
                                "kind",
                                "OUTBOUND_ONLY")));

        employee("Alice Admin", "alice", "+12015550111", true);
        employee("Bob Agent", "bob", "+12015550112", true);
        employee("Carol Agent", "carol", "+12015550113", true);
        String tom = employee("Tom Technician", "tom", "+12015550114", false);
        String tina = employee("Tina Technician", "tina", "+12015550115", false);

        LocalDate today = LocalDate.now(COMPANY_ZONE);
        String newt =
                customerWithAppointment("Newt Scamander", "+12015550121", tom, today.plusDays(1), LocalTime.of(9, 0));
        String ruth =
                customerWithAppointment("Ruth Baker", "+12015550122", tina, today.plusDays(1), LocalTime.of(13, 30));
        customerWithAppointment("Sam Carter", "+12015550123", tom, today, LocalTime.of(15, 0));
        customerWithAppointment("Lena Ortiz", "+12015550124", tina, today, LocalTime.of(10, 0));
        customer("Omar Haddad", "+12015550125");
        customer("Priya Nair", "+12015550126");

        String confirm = id(call(
                administrator,
                SAVE_TEMPLATE,
                Map.of(
                        "i",
                        Map.of(
                                "description",
                                "Confirm Appointment",
                                "body",
                                "Hi {CustomerFirstName}, this is {CompanyName}. Your appointment is on {AppointmentDate} at {AppointmentTime}."
                                        + " Please reply with confirm to confirm it."))));
        call(
                administrator,
                SAVE_TEMPLATE,
                Map.of(
                        "i",
                        Map.of(
                                "description",
                                "Technician on the way",
                                "body",
                                "Hi {CustomerFirstName}, {TechnicianFirstName} is on the way and will arrive shortly.")));
        call(
                administrator,
                SAVE_TEMPLATE,
                Map.of(
                        "i",
                        Map.of(
                                "description",
                                "Spring tune-up offer",
                                "body",
                                "Hi {CustomerFirstName}, spring tune-ups are 20% off this month at {CompanyName}."
                                        + " Reply STOP to opt out.",
                                "marketing",
                                true)));
        List<String> twoWay = List.of(sales, service);
        responder(
                "APPOINTMENT_CONFIRMATION",
                "confirm",
                "Thank you, your appointment is confirmed. See you soon!",
                twoWay,
                null);
        responder(
                "KEYWORD",
                "emergency",
                "For an emergency call us now at (201) 555-0100: a technician is on call 24/7.",
                twoWay,
                null);
        responder(
                "AFTER_HOURS",
                null,
                "Thanks for your text! Our office is closed now; we will answer from 8 AM.",
                twoWay,
                Map.of(
                        "days",
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        "opensAt",
                        "08:00",
                        "closesAt",
                        "18:00",
                        "timeZone",
                        COMPANY_ZONE.getId()));
        responder(
                "FIRST_MESSAGE",
                null,
                "Thanks for texting Bright Home Services! A team member will reply shortly.",
                List.of(sales),
                null);
        call(
                administrator,
                "mutation($k: String, $w: String) { updateMarketingSignUp(keyword: $k, wording: $w) { keyword } }",
                Map.of(
                        "k",
                        "JOIN",
                        "w",
                        "Reply JOIN for our offers by text, about two a month. Reply STOP to cancel."));
        responder(
                "KEYWORD",
                "join",
                "You are signed up for our offers by text, about two a month. Reply STOP to cancel.",
                twoWay,
                null);
        notification("IN_ROUTE", true, "Hi {CustomerFirstName}, {TechnicianFirstName} is on the way to you now.");
        notification("ARRIVED", true, "{TechnicianFirstName} from {CompanyName} has arrived.");
        notification("COMPLETED", false, "Your appointment is complete. Thank you for choosing {CompanyName}!");

        // conversations in every state, written as they happened over the past days (the sandbox's clock started
        // four days back and is moved forward through them), then today's
        moveClockTo(today.minusDays(3), LocalTime.of(9, 40));
        String lena = customerTexts(
                "+12015550124", SERVICE_LINE, "Our water heater is leaking, can someone come today?", picture());
        moveClockTo(today.minusDays(3), LocalTime.of(9, 52));
        call(secondAgent, CLAIM, Map.of("id", lena));
        reply(
                secondAgent,
                lena,
                "Sorry to hear that, Lena! Tina can be there at 2 PM today."
                        + " Please close the water valve above the heater until then.");
        moveClockTo(today.minusDays(3), LocalTime.of(10, 5));
        customerTexts("+12015550124", SERVICE_LINE, "Done, thank you!");
        moveClockTo(today.minusDays(2), LocalTime.of(16, 20));
        customerTexts("+12015550124", SERVICE_LINE, "Thanks, everything works again!");
        moveClockTo(today.minusDays(2), LocalTime.of(16, 31));
        reply(secondAgent, lena, "Glad to hear it, Lena. Have a good day!");
        call(secondAgent, "mutation($id: ID!) { resolveConversation(id: $id) { id } }", Map.of("id", lena));
        moveClockTo(today.minusDays(2), LocalTime.of(18, 45));
        customerTexts("+12015550126", SALES_LINE, "STOP");
        moveClockTo(today.minusDays(1), LocalTime.of(11, 2));
        String omar = customerTexts("+12015550125", SALES_LINE, "Do you offer yearly maintenance plans?");
        moveClockTo(today.minusDays(1), LocalTime.of(11, 10));
        call(agent, CLAIM, Map.of("id", omar));
        call(
                agent,
                "mutation($c: ID!, $b: String!) { whisper(conversationId: $c, body: $b) { id } }",
                Map.of("c", omar, "b", "Asked about the Gold plan last spring: offer the renewal price."));
        reply(agent, omar, "Yes! Our Gold plan covers two visits a year. Shall I send the details?");
        call(
                agent,
                "mutation($n: String!) { recordMarketingConsent(number: $n, source: VERBAL,"
                        + " wording: \"Offers by text, about two a month\", note: \"Asked on the phone\") { marketing } }",
                Map.of("n", "+12015550125"));
        call(administrator, MOVE_CLOCK, Map.of("to", Instant.now().toString()));
        customerTexts("+12015550125", SALES_LINE, "Yes please, send them over.");
        customerTexts("+12015550123", SERVICE_LINE, "Hi, is the technician still coming at 3 today?");
        // "confirm your appointment" to tomorrow's customers, the bulk send an office runs every afternoon
        call(
                agent,
                "mutation($i: BulkCustomerSendInput!) { startBulkCustomerSend(input: $i) { id } }",
                Map.of("i", Map.of("date", today.plusDays(1).toString(), "lineId", service, "templateId", confirm)));
        System.out.println("Demo company written: Bright Home Services, customers " + newt + " and " + ruth
                + " have appointments tomorrow.");
    }

    private static final String SAVE_LINE = "mutation($i: SenderLineInput!) { saveSenderLine(input: $i) { id } }";
    private static final String SAVE_TEMPLATE = "mutation($i: TemplateInput!) { saveTemplate(input: $i) { id } }";
    private static final String SEND = "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }";
    private static final String CLAIM = "mutation($id: ID!) { claimConversation(id: $id) { id } }";
    private static final String MOVE_CLOCK = "mutation($to: DateTime!) { sandboxMoveClock(to: $to) }";
    /** Moves the sandbox's clock to this moment of the company's day. */
    private void moveClockTo(LocalDate day, LocalTime time) throws Exception {
        call(
                administrator,
                MOVE_CLOCK,
                Map.of(
                        "to",
                        ZonedDateTime.of(day, time, COMPANY_ZONE)
                                .toOffsetDateTime()
                                .toString()));
    }

    /** An agent's reply, having read the conversation. */
    private void reply(String token, String conversationId, String body) throws Exception {
        call(token, "mutation($id: ID!) { markConversationReviewed(id: $id) { id } }", Map.of("id", conversationId));
        call(token, SEND, Map.of("i", Map.of("conversationId", conversationId, "body", body)));
    }

    private String picture() {
        return graphQL.resolve("center/sandbox-pictures/water-heater.jpg").toString();
    }

    private String employee(String name, String loginId, String mobile, boolean textMessaging) throws Exception {
        return id(call(
                administrator,
                "mutation($i: EmployeeInput!) { saveEmployee(input: $i) { id } }",
                Map.of(
                        "i",
                        Map.of(
                                "name",
                                name,
                                "loginId",
                                loginId,
                                "mobile",
                                mobile,
                                "textMessagingRole",
                                textMessaging))));
    }

    private String customer(String name, String mobile) throws Exception {
        return id(call(
                administrator,
                "mutation($i: CustomerInput!) { saveCustomer(input: $i) { id } }",
                Map.of("i", Map.of("name", name, "mobile", mobile))));
    }

    private String customerWithAppointment(String name, String mobile, String technician, LocalDate day, LocalTime at)
            throws Exception {
        String customer = customer(name, mobile);
        call(
                administrator,
                "mutation($i: AppointmentInput!) { saveAppointment(input: $i) { id } }",
                Map.of(
                        "i",
                        Map.of(
                                "customerId",
                                customer,
                                "technicianId",
                                technician,
                                "start",
                                ZonedDateTime.of(day, at, COMPANY_ZONE)
                                        .toOffsetDateTime()
                                        .toString())));
        return customer;
    }

    private void responder(
            String type, String keyword, String message, List<String> lines, Map<String, Object> schedule)
            throws Exception {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("type", type, "message", message, "lineIds", lines));
        if (keyword != null) {
            input.put("keyword", keyword);
        }
        if (schedule != null) {
            input.put("schedule", schedule);
        }
        call(
                administrator,
                "mutation($i: AutoResponderInput!) { saveAutoResponder(input: $i) { id } }",
                Map.of("i", input));
    }

    private void notification(String status, boolean enabled, String message) throws Exception {
        call(
                administrator,
                "mutation($i: NotificationSettingInput!) { saveNotificationSetting(input: $i) { status } }",
                Map.of("i", Map.of("status", status, "enabled", enabled, "message", message)));
    }

    /** A customer texting a line from the sandbox phone (with pictures: an MMS); the conversation's id. */
    private String customerTexts(String from, String line, String body, String... pictures) throws Exception {
        String reply = call(
                agent,
                "mutation($f: String!, $t: String!, $b: String, $m: [String!]) {"
                        + " sandboxReceiveText(from: $f, to: $t, body: $b, mediaUrls: $m) { conversationId } }",
                Map.of("f", from, "t", line, "b", body, "m", List.of(pictures)));
        Matcher conversation =
                Pattern.compile("\"conversationId\"\\s*:\\s*\"([^\"]+)\"").matcher(reply);
        if (!conversation.find()) {
            throw new IllegalStateException("no conversation in " + reply);
        }
        return conversation.group(1);
    }

    /** Posts {query, variables}; the answer, or an exception naming the error. */
    private String call(String token, String query, Map<String, Object> variables) throws Exception {
        String body = "{\"query\":" + json(query) + ",\"variables\":" + json(variables) + "}";
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(graphQL)
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
            throw new IllegalStateException(
                    "the demo company could not be written: " + query + " answered " + answer.body());
        }
        return answer.body();
    }

    private static String id(String answer) {
        Matcher id = ID.matcher(answer);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + answer);
        }
        return id.group(1);
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> json(String.valueOf(entry.getKey())) + ":" + json(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DemoCompany::json).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        return "\"" + String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
