package io.textcenter.messaging.web.texting;

import static io.textcenter.messaging.web.support.Fixtures.agentToken;
import static io.textcenter.messaging.web.support.Fixtures.messageSid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textcenter.messaging.web.support.AgainstTheDeployedModule;
import io.textcenter.messaging.web.support.Center;
import io.textcenter.messaging.web.support.Center.Line;
import io.textcenter.messaging.web.support.FakeTwilio;
import io.textcenter.messaging.web.support.Webhooks;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Webhook fuzzing: texts as Twilio posts them, with any Unicode body up to 1600 characters (emoji, control characters,
 * lone surrogates), 0 to 10 media, and broken in the ways a sender, a proxy or an attacker breaks them (a required
 * parameter missing, parameters repeated, a wrong or no signature, an id that is not one, a sender that is no phone
 * number, a body longer than any text). Whatever comes, the module never answers 500 and never stores part of a text: a 200 stored it once and
 * whole (body and every attachment), posting it again changes nothing, and a refusal stored nothing. The cases come
 * from jqwik's generators; a failure prints its case.
 */
class WebhookFuzzIT extends AgainstTheDeployedModule {

    private static final int CASES = 200;
    private static final String INBOUND = "/messaging/api/twilio/inbound";
    private static final String STORED = """
            query($f: ConversationFilter) { conversations(filter: $f) { items { externalNumber
              messages { direction body attachments { contentType } } } } }""";

    private final AtomicInteger senders = new AtomicInteger(2_000_000 + (int) (Math.random() * 6_000_000));

    /** How a case departs from a well-formed text, and the answer that earns. */
    enum Breakage {
        NONE(200),
        NO_BODY(200),
        PARAMETERS_REPEATED(200),
        SHUFFLED_ORDER(200),
        SENDER_NOT_A_NUMBER(200),
        NO_MESSAGE_SID(400),
        NO_FROM(400),
        NO_TO(400),
        ID_NOT_A_MESSAGE_SID(400),
        BODY_LONGER_THAN_A_TEXT(400),
        WRONG_SIGNATURE(403),
        NO_SIGNATURE(403);

        final int answer;

        Breakage(int answer) {
            this.answer = answer;
        }
    }

    record Case(String body, int media, Breakage breakage) {}

    @Test
    void noWebhookEverFailsWithA500OrStoresPartOfAText() {
        Center center = Center.withFakeTwilio(server());
        Line line = center.line("TWO_WAY");
        String picture = FakeTwilio.instance().media("fuzz.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        cases().sampleStream().limit(CASES).forEach(fuzzed -> check(center, line, picture, fuzzed));
    }

    private static Arbitrary<Case> cases() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(1600);
        Arbitrary<String> emoji = Arbitraries.of("😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "❤️", "\u200d", "é")
                .list()
                .ofMaxSize(200)
                .map(parts -> String.join("", parts));
        Arbitrary<String> bodies = Arbitraries.oneOf(
                anyUnicode, emoji, Arbitraries.strings().ascii().ofMaxLength(1600));
        return Combinators.combine(bodies, Arbitraries.integers().between(0, 10), Arbitraries.of(Breakage.class))
                .as(Case::new);
    }

    /** A sender that is not a phone number (an alphanumeric sender) is kept as it came, so that its text is not lost. */
    private void check(Center center, Line line, String picture, Case fuzzed) {
        int sender = senders.incrementAndGet();
        String from = fuzzed.breakage() == Breakage.SENDER_NOT_A_NUMBER ? "ALERT" + sender : "+1201" + sender;
        List<Map.Entry<String, String>> form = form(fuzzed, messageSid(), from, line.number(), picture);
        String signature = signature(center.webhooks(), fuzzed.breakage(), form);

        HttpResponse<String> answer = center.webhooks().post(INBOUND, form, signature);
        assertEquals(fuzzed.breakage().answer, answer.statusCode(), () -> fuzzed + " answered " + answer.body());
        List<JsonObject> stored = stored(center, from);
        if (answer.statusCode() != 200) {
            assertEquals(0, stored.size(), () -> "a refused webhook stored something: " + fuzzed);
            return;
        }
        assertStoredWhole(stored, fuzzed);
        assertEquals(
                200,
                center.webhooks().post(INBOUND, form, signature).statusCode(),
                () -> "Twilio's retry of " + fuzzed);
        assertStoredWhole(stored(center, from), fuzzed);
    }

    private static List<Map.Entry<String, String>> form(
            Case fuzzed, String sid, String from, String to, String picture) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(
                "MessageSid",
                fuzzed.breakage() == Breakage.ID_NOT_A_MESSAGE_SID
                        ? "SM" + fuzzed.body().length() + "-not-a-sid"
                        : sid);
        parameters.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        parameters.put("From", from);
        parameters.put("To", to);
        parameters.put("Body", fuzzed.body());
        parameters.put("NumMedia", Integer.toString(fuzzed.media()));
        for (int n = 0; n < fuzzed.media(); n++) {
            parameters.put("MediaUrl" + n, picture + "?n=" + n);
            parameters.put("MediaContentType" + n, "image/png");
        }
        switch (fuzzed.breakage()) {
            case NO_BODY -> parameters.remove("Body");
            case NO_MESSAGE_SID -> parameters.remove("MessageSid");
            case NO_FROM -> parameters.remove("From");
            case NO_TO -> parameters.remove("To");
            case BODY_LONGER_THAN_A_TEXT ->
                parameters.put(
                        "Body", fuzzed.body() + "x".repeat(1601 - fuzzed.body().length()));
            default -> {}
        }
        List<Map.Entry<String, String>> form = new ArrayList<>(parameters.entrySet());
        if (fuzzed.breakage() == Breakage.PARAMETERS_REPEATED) {
            // a second value of each parameter comes after the first, which is the one that counts
            parameters.forEach((name, value) -> form.add(Map.entry(name, "repeated " + value)));
        }
        if (fuzzed.breakage() == Breakage.SHUFFLED_ORDER) {
            Collections.reverse(form);
        }
        return form;
    }

    /** Twilio's signature over the first value of each parameter, as the module checks it; or a broken one. */
    private static String signature(Webhooks webhooks, Breakage breakage, List<Map.Entry<String, String>> form) {
        Map<String, String> firstValues = new LinkedHashMap<>();
        form.forEach(parameter -> firstValues.putIfAbsent(parameter.getKey(), parameter.getValue()));
        return switch (breakage) {
            case NO_SIGNATURE -> null;
            case WRONG_SIGNATURE -> webhooks.signature(INBOUND, Map.of("Body", "something else"));
            default -> webhooks.signature(INBOUND, firstValues);
        };
    }

    /**
     * The sender's own conversations. The search also finds numbers that merely contain the digits searched for, such
     * as another test's number holding the digits of an alphanumeric sender, so only an exact number counts.
     */
    private static List<JsonObject> stored(Center center, String from) {
        JsonArray found = center.graphQL()
                .call(agentToken(), STORED, "f", Map.of("search", from.startsWith("+") ? from.substring(2) : from))
                .array("conversations.items");
        return found.getValuesAs(JsonObject.class).stream()
                .filter(conversation -> conversation.getString("externalNumber").equals(from))
                .toList();
    }

    private static void assertStoredWhole(List<JsonObject> conversations, Case fuzzed) {
        assertEquals(1, conversations.size(), () -> "conversations for " + fuzzed);
        List<JsonObject> inbound = conversations.get(0).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("direction").equals("INBOUND"))
                .toList();
        assertEquals(1, inbound.size(), () -> "texts stored for " + fuzzed);
        JsonObject text = inbound.get(0);
        assertEquals(
                expectedBody(fuzzed),
                text.isNull("body") ? "" : text.getString("body"),
                () -> "body stored for " + fuzzed);
        assertEquals(fuzzed.media(), text.getJsonArray("attachments").size(), () -> "attachments stored for " + fuzzed);
        assertTrue(
                text.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
                        .allMatch(attachment ->
                                attachment.getString("contentType").equals("image/png")),
                () -> fuzzed.toString());
    }

    /**
     * What the module keeps of a body: the text as UTF-8 carries it (a lone surrogate cannot be encoded and arrives as
     * '?'), a NUL as the replacement character (PostgreSQL cannot store it); nothing when there was no body.
     */
    private static String expectedBody(Case fuzzed) {
        if (fuzzed.breakage() == Breakage.NO_BODY) {
            return "";
        }
        return new String(fuzzed.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace('\u0000', '\uFFFD');
    }
}
