package io.textcenter.messaging.web.automation;

import static io.textcenter.messaging.web.support.Fixtures.adminToken;
import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.e164;
import static io.textcenter.messaging.web.support.Fixtures.localMobile;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.GraphQL;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** What administrators set up once and every send uses: templates, merge fields, the vCard, auto-responders. */
@ResourceLock(AgainstTheDeployedModule.COMPANY_PROFILE)
class TemplatesAndRespondersIT extends AgainstTheDeployedModule {

    private static final String SAVE_TEMPLATE =
            "mutation($input: TemplateInput!) { saveTemplate(input: $input) { id description body line { id } imageUrls includeVCard includePortalLink optionalUrl } }";
    private static final String SAVE_RESPONDER =
            "mutation($input: AutoResponderInput!) { saveAutoResponder(input: $input) { id type keyword lines { id } active schedule { days opensAt closesAt timeZone } } }";
    private static final String SEND =
            "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId deliveryStatus body } }";
    private static final String COMPANY = """
            mutation { updateCompanySettings(input: {name: "Acme Plumbing", phone: "(201) 555-0100", email: "office@acme.test",
              website: "https://acme.test", address: "1 Main St, Springfield", portalUrl: "https://portal.acme.test",
              appLink: "https://app.acme.test", timeZone: "America/Chicago"}) { name timeZone } }""";

    private final FakeTwilio twilio = FakeTwilio.instance();
    private Center center;
    private GraphQL graphQL;
    private Webhooks webhooks;

    @BeforeEach
    void connect() {
        center = Center.withFakeTwilio(server());
        graphQL = center.graphQL();
        webhooks = center.webhooks();
        graphQL.call(adminToken(), COMPANY).data("updateCompanySettings");
    }

    @Test
    void aTemplateIsRenderedForAnAppointmentInTheCompanysTimeZone() {
        String customer = center.customer("Ann Marie Lee", localMobile());
        String appointment = graphQL.call(
                        adminToken(),
                        "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                        "input",
                        Map.of("customerId", customer, "start", "2041-11-26T15:30:00Z"))
                .string("saveAppointment.id");
        String template = saveTemplate(Map.of(
                "description",
                "Reminder " + System.nanoTime(),
                "body",
                "Hi {CustomerFirstName}, see you {AppointmentDate} at {AppointmentTime}. {TechnicianFirstName}",
                "includePortalLink",
                true));

        var rendered = graphQL.call(
                agentToken(),
                "query($t: ID!, $a: ID) { renderTemplate(templateId: $t, appointmentId: $a) { body segments encoding unknownMergeFields emptyMergeFields } }",
                "t",
                template,
                "a",
                appointment);
        assertEquals(
                "Hi Ann, see you Tuesday, November 26 at 9:30 AM. \nhttps://portal.acme.test",
                rendered.string("renderTemplate.body"));
        assertEquals("GSM-7", rendered.string("renderTemplate.encoding"));
        assertEquals(
                1,
                rendered.body()
                        .getJsonObject("data")
                        .getJsonObject("renderTemplate")
                        .getInt("segments"));
        assertEquals(
                "[\"TechnicianFirstName\"]",
                rendered.array("renderTemplate.emptyMergeFields").toString(),
                "no technician yet");
    }

    @Test
    void aTemplateGoesOutFromItsLineWithItsImagesAndTheCompanyVCardAsOneMms() throws Exception {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = center.customer("Bo Ray", mobile);
        String template = saveTemplate(Map.of(
                "description",
                "Welcome " + System.nanoTime(),
                "body",
                "Welcome {CustomerFirstName}!",
                "lineId",
                line.id(),
                "includeVCard",
                true,
                "imageUrls",
                List.of("https://cdn.acme.test/van.png", "https://cdn.acme.test/team.jpg")));

        var sent = graphQL.call(agentToken(), SEND, "input", Map.of("to", mobile, "templateId", template));
        assertEquals("Welcome Bo!", sent.string("sendMessage.body"));
        center.awaitOutbound(center.onlyConversationOf(customer).getString("id"), "Welcome Bo!", "SENT");

        var call = twilio.textsTo(mobile).get(0);
        assertEquals(line.number(), FakeTwilio.parameter(call, "From"), "the template's line");
        List<String> media = FakeTwilio.parameters(call, "MediaUrl");
        assertEquals(3, media.size(), call::getBodyAsString);
        assertEquals("https://cdn.acme.test/van.png", media.get(0));
        String vCardUrl = media.get(2);
        assertTrue(vCardUrl.matches(".*/messaging/api/vcard/[A-Za-z0-9_-]+\\.vcf"), vCardUrl);

        var vCard = center.server().get(java.net.URI.create(vCardUrl).getPath());
        assertEquals(200, vCard.statusCode());
        assertTrue(vCard.headers().firstValue("Content-Type").orElseThrow().startsWith("text/vcard"));
        assertTrue(vCard.body().startsWith("BEGIN:VCARD"), vCard.body());
        assertTrue(vCard.body().contains("FN:Acme Plumbing"), vCard.body());
        assertTrue(vCard.body().contains("+12015550100"), vCard.body());
        assertEquals(
                404, center.server().get("/messaging/api/vcard/guessed.vcf").statusCode());
    }

    @Test
    void anEditedTemplateIsSentAsEdited() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String template = saveTemplate(
                Map.of("description", "Edited " + System.nanoTime(), "body", "Original", "lineId", line.id()));

        var sent = graphQL.call(
                agentToken(),
                SEND,
                "input",
                Map.of("to", mobile, "templateId", template, "body", "Edited for {CompanyName}"));
        assertEquals("Edited for Acme Plumbing", sent.string("sendMessage.body"));
        graphQL.call(agentToken(), SEND, "input", Map.of("to", mobile, "templateId", template, "body", "Hi {Nickname}"))
                .assertError("validation", "{Nickname}");
    }

    @Test
    void badTemplatesAreRefusedNamingTheField() {
        String name = "Unique " + System.nanoTime();
        saveTemplate(Map.of("description", name, "body", "Hello"));
        graphQL.call(adminToken(), SAVE_TEMPLATE, "input", Map.of("description", name.toUpperCase(), "body", "Hello"))
                .assertError("validation", "description");
        graphQL.call(
                        adminToken(),
                        SAVE_TEMPLATE,
                        "input",
                        Map.of("description", "x" + System.nanoTime(), "body", "Hi {FirstName}"))
                .assertError("validation", "{FirstName}");
        graphQL.call(adminToken(), SAVE_TEMPLATE, "input", Map.of("description", "x" + System.nanoTime(), "body", " "))
                .assertError("validation", "body");
        graphQL.call(
                        adminToken(),
                        SAVE_TEMPLATE,
                        "input",
                        Map.of("description", "x" + System.nanoTime(), "body", "y".repeat(1601)))
                .assertError("validation", "body");
        graphQL.call(
                        adminToken(),
                        SAVE_TEMPLATE,
                        "input",
                        Map.of(
                                "description",
                                "x" + System.nanoTime(),
                                "body",
                                "y".repeat(1590),
                                "optionalUrl",
                                "https://acme.test/offer"))
                .assertError("validation", "URL and portal link");
        graphQL.call(
                        adminToken(),
                        SAVE_TEMPLATE,
                        "input",
                        Map.of("description", "x" + System.nanoTime(), "body", "Hi {Customer_Name}"))
                .assertError("validation", "{Customer_Name}");
        graphQL.call(
                        adminToken(),
                        SAVE_TEMPLATE,
                        "input",
                        Map.of(
                                "description",
                                "x" + System.nanoTime(),
                                "body",
                                "Hi",
                                "imageUrls",
                                List.of(
                                        "https://a.test/1.png",
                                        "https://a.test/2.png",
                                        "https://a.test/3.png",
                                        "https://a.test/4.png")))
                .assertError("validation", "imageUrls");
        graphQL.call(
                        adminToken(),
                        SAVE_TEMPLATE,
                        "input",
                        Map.of("description", "x" + System.nanoTime(), "body", "Hi", "optionalUrl", "not a url"))
                .assertError("validation", "optionalUrl");
        graphQL.call(
                        adminToken(),
                        SAVE_TEMPLATE,
                        "input",
                        Map.of("description", "x" + System.nanoTime(), "body", "Hi", "lineId", "987654321"))
                .assertError("validation", "lineId");
        graphQL.call(agentToken(), SAVE_TEMPLATE, "input", Map.of("description", "x" + System.nanoTime(), "body", "Hi"))
                .assertError("forbidden", "Administrator");

        String deletable = saveTemplate(Map.of("description", "Delete me " + System.nanoTime(), "body", "Bye"));
        assertEquals(
                JsonObject.TRUE,
                graphQL.call(adminToken(), "mutation($id: ID!) { deleteTemplate(id: $id) }", "id", deletable)
                        .data("deleteTemplate"));
        graphQL.call(adminToken(), "mutation($id: ID!) { deleteTemplate(id: $id) }", "id", deletable)
                .assertError("not-found", deletable);
    }

    @Test
    void aKeywordIsAnsweredOnceInTenMinutes() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = center.customer("Cy Keyword", mobile);
        saveResponder(Map.of(
                "type",
                "KEYWORD",
                "keyword",
                "hours",
                "message",
                "We are open 8-5, {CustomerFirstName}.",
                "lineIds",
                List.of(line.id())));

        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Hours?"));
        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "HOURS"));
        String conversation = center.onlyConversationOf(customer).getString("id");
        center.awaitOutbound(conversation, "We are open 8-5, Cy.", "SENT");

        long answers = center.messages(conversation).stream()
                .filter(message -> message.getString("kind").equals("AUTO_RESPONSE"))
                .count();
        assertEquals(1, answers);
        assertEquals(1, twilio.textsTo(mobile).size());
    }

    @Test
    void theFirstTextOfANewConversationIsGreetedAndOnlyThat() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = center.customer("Di Greeted", mobile);
        saveResponder(Map.of(
                "type",
                "FIRST_MESSAGE",
                "message",
                "Thanks for texting {CompanyName}!",
                "lineIds",
                List.of(line.id())));

        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Hello"));
        String conversation = center.onlyConversationOf(customer).getString("id");
        center.awaitOutbound(conversation, "Thanks for texting Acme Plumbing!", "SENT");
        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Anyone there?"));

        assertEquals(
                1,
                center.messages(conversation).stream()
                        .filter(message -> message.getString("kind").equals("AUTO_RESPONSE"))
                        .count());
    }

    @Test
    void newSendersTextingTwiceAtOnceAreGreetedForTheFirstTextOnly() {
        Line line = center.line("TWO_WAY");
        saveResponder(Map.of(
                "type",
                "FIRST_MESSAGE",
                "message",
                "Thanks for texting {CompanyName}!",
                "lineIds",
                List.of(line.id())));
        saveClosedTodayResponder(line);
        List<String> customers = new ArrayList<>();
        List<Map<String, String>> texts = new ArrayList<>();
        for (int sender = 0; sender < 3; sender++) {
            String mobile = e164(localMobile());
            customers.add(center.customer("New Sender " + sender, mobile));
            texts.add(Webhooks.text(messageSid(), mobile, line.number(), "Hello"));
            texts.add(Webhooks.text(messageSid(), mobile, line.number(), "Are you open today?"));
        }
        for (HttpResponse<String> answer : webhooks.inboundAtOnce(texts)) {
            assertEquals(200, answer.statusCode());
        }

        for (String customer : customers) {
            String conversation = center.onlyConversationOf(customer).getString("id");
            center.awaitOutbound(conversation, "Thanks for texting Acme Plumbing!", "SENT");
            center.awaitOutbound(conversation, "We are closed; we will reply tomorrow.", "SENT");
            List<String> kinds = center.messages(conversation).stream()
                    .map(message -> message.getString("kind"))
                    .sorted()
                    .toList();
            assertEquals(List.of("AUTO_RESPONSE", "AUTO_RESPONSE", "TEXT", "TEXT"), kinds);
        }
    }

    @Test
    void aTextOutsideTheHoursGetsTheAfterHoursAnswer() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = center.customer("Eve Late", mobile);
        saveClosedTodayResponder(line);

        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Are you open?"));
        center.awaitOutbound(
                center.onlyConversationOf(customer).getString("id"), "We are closed; we will reply tomorrow.", "SENT");
    }

    @Test
    void confirmMarksTheNextAppointmentConfirmedViaSms() {
        Line line = center.line("TWO_WAY");
        String mobile = e164(localMobile());
        String customer = center.customer("Fay Confirm", mobile);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(30 + (int) (System.nanoTime() % 300));
        String appointment = graphQL.call(
                        adminToken(),
                        "mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }",
                        "input",
                        Map.of("customerId", customer, "start", day + "T18:00:00Z"))
                .string("saveAppointment.id");
        saveResponder(Map.of(
                "type",
                "APPOINTMENT_CONFIRMATION",
                "keyword",
                "confirm",
                "message",
                "Thanks! {AppointmentDate} is confirmed.",
                "lineIds",
                List.of(line.id())));

        webhooks.inbound(Webhooks.text(messageSid(), mobile, line.number(), "Confirm!"));

        var booked = graphQL
                .call(
                        agentToken(),
                        "query($d: Date!) { appointments(date: $d) { id preNotification } }",
                        "d",
                        day.toString())
                .array("appointments")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("id").equals(appointment))
                .findFirst()
                .orElseThrow();
        assertEquals("Confirmed Via SMS", booked.getString("preNotification"));
        JsonObject reply =
                center.awaitOutbound(center.onlyConversationOf(customer).getString("id"), null, "SENT");
        assertTrue(reply.getString("body").startsWith("Thanks! "), reply::toString);
    }

    @Test
    void badRespondersAreRefusedNamingTheField() {
        Line line = center.line("TWO_WAY");
        String keyword = "promo" + System.nanoTime();
        saveResponder(Map.of("type", "KEYWORD", "keyword", keyword, "message", "Hi", "lineIds", List.of(line.id())));

        graphQL.call(
                        adminToken(),
                        SAVE_RESPONDER,
                        "input",
                        Map.of(
                                "type",
                                "KEYWORD",
                                "keyword",
                                keyword.toUpperCase() + "!",
                                "message",
                                "Again",
                                "lineIds",
                                List.of(line.id())))
                .assertError("validation", "keyword");
        graphQL.call(
                        adminToken(),
                        SAVE_RESPONDER,
                        "input",
                        Map.of("type", "KEYWORD", "message", "No keyword", "lineIds", List.of(line.id())))
                .assertError("validation", "keyword");
        graphQL.call(
                        adminToken(),
                        SAVE_RESPONDER,
                        "input",
                        Map.of("type", "KEYWORD", "keyword", "STOP", "message", "Nope", "lineIds", List.of(line.id())))
                .assertError("validation", "keyword");
        graphQL.call(
                        adminToken(),
                        SAVE_RESPONDER,
                        "input",
                        Map.of("type", "AFTER_HOURS", "message", "Closed", "lineIds", List.of(line.id())))
                .assertError("validation", "schedule");
        graphQL.call(
                        adminToken(),
                        SAVE_RESPONDER,
                        "input",
                        Map.of(
                                "type",
                                "DURING_HOURS",
                                "message",
                                "Open",
                                "lineIds",
                                List.of(line.id()),
                                "schedule",
                                Map.of(
                                        "days",
                                        List.of("FUNDAY"),
                                        "opensAt",
                                        "09:00",
                                        "closesAt",
                                        "17:00",
                                        "timeZone",
                                        "UTC")))
                .assertError("validation", "schedule.days");
        graphQL.call(
                        adminToken(),
                        SAVE_RESPONDER,
                        "input",
                        Map.of("type", "FIRST_MESSAGE", "message", "Hi {Who}", "lineIds", List.of(line.id())))
                .assertError("validation", "message");
        graphQL.call(
                        adminToken(),
                        SAVE_RESPONDER,
                        "input",
                        Map.of("type", "FIRST_MESSAGE", "message", "Hi", "lineIds", List.of("987654321")))
                .assertError("validation", "lineIds");
        graphQL.call(agentToken(), "{ autoResponders { id } }").assertError("forbidden", "Administrator");
    }

    @Test
    void notificationSettingsHaveDefaultsAndCanBeChanged() {
        var settings = graphQL.call(adminToken(), "{ notificationSettings { status enabled message } }")
                .array("notificationSettings");
        assertEquals(7, settings.size());
        JsonObject inRoute = settings.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals("IN_ROUTE"))
                .findFirst()
                .orElseThrow();
        assertTrue(inRoute.getString("message").contains("{TechnicianFirstName}"), inRoute::toString);

        var saved = graphQL.call(
                adminToken(),
                "mutation { saveNotificationSetting(input: {status: ARRIVED, enabled: true, message: \"{TechnicianFirstName} is at your door.\"}) { status enabled message } }");
        assertEquals(JsonObject.TRUE, saved.data("saveNotificationSetting.enabled"));
        graphQL.call(
                        adminToken(),
                        "mutation { saveNotificationSetting(input: {status: ARRIVED, enabled: true, message: \"{Tech} is here\"}) { status } }")
                .assertError("validation", "{Tech}");
    }

    private String saveTemplate(Map<String, Object> input) {
        return graphQL.call(adminToken(), SAVE_TEMPLATE, "input", input).string("saveTemplate.id");
    }

    /** An after-hours responder on this line whose only open day is three days from today: closed all day today. */
    private void saveClosedTodayResponder(Line line) {
        DayOfWeek openDay = LocalDate.now(ZoneOffset.UTC).getDayOfWeek().plus(3);
        saveResponder(Map.of(
                "type",
                "AFTER_HOURS",
                "message",
                "We are closed; we will reply tomorrow.",
                "lineIds",
                List.of(line.id()),
                "schedule",
                Map.of("days", List.of(openDay.name()), "opensAt", "09:00", "closesAt", "17:00", "timeZone", "UTC")));
    }

    private String saveResponder(Map<String, Object> input) {
        return graphQL.call(adminToken(), SAVE_RESPONDER, "input", input).string("saveAutoResponder.id");
    }
}
