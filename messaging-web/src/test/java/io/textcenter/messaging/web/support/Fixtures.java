package io.textcenter.messaging.web.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Test data that no other test shares, so tests stay independent of each other and of their order. */
public final class Fixtures {

    public static final DevTokens TOKENS = DevTokens.fromDevKey();
    private static final Set<String> DRAWN_MOBILES = ConcurrentHashMap.newKeySet();

    private Fixtures() {}

    public static String adminToken() {
        return TOKENS.issue("admin-" + ThreadLocalRandom.current().nextInt(1_000_000), "Administrator");
    }

    /**
     * No quiet hours on this server: the bulk and scheduled texts tests check must not wait for the recipients' morning
     * when the tests run at night. QuietHoursIT sets a window of its own.
     */
    public static void textAroundTheClock(GraphQL graphQL) {
        graphQL.call(
                        adminToken(),
                        "mutation { updateTextingWindow(opensAt: \"00:00\", closesAt: \"00:00\") { opensAt } }")
                .data("updateTextingWindow");
    }

    public static String agentToken() {
        return TOKENS.issue("agent-" + ThreadLocalRandom.current().nextInt(1_000_000), "TextMessaging");
    }

    /**
     * A valid US mobile number as a person might type it, and unused by other tests: never drawn twice in this JVM, whose
     * tests share one fake carrier and count the texts it took for a number (random draws alone collide now and then).
     */
    public static String localMobile() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String mobile;
        do {
            mobile = "(201) " + random.nextInt(200, 1000) + "-" + String.format("%04d", random.nextInt(10_000));
        } while (!DRAWN_MOBILES.add(mobile));
        return mobile;
    }

    public static String e164(String localMobile) {
        return "+1" + localMobile.replaceAll("\\D", "");
    }

    /** A Twilio-like MessageSid no other test uses. */
    public static String messageSid() {
        return "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    /** A day far ahead that no other test books appointments on. */
    public static LocalDate unusedDay() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }
}
