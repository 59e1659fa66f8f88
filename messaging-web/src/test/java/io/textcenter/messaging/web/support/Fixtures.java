package io.textcenter.messaging.web.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Test data that no other test shares, so tests stay independent of each other and of their order. */
public final class Fixtures {

    public static final DevTokens TOKENS = DevTokens.fromDevKey();

    private Fixtures() {
    }

    public static String adminToken() {
        return TOKENS.issue("admin-" + ThreadLocalRandom.current().nextInt(1_000_000), "Administrator");
    }

    public static String agentToken() {
        return TOKENS.issue("agent-" + ThreadLocalRandom.current().nextInt(1_000_000), "TextMessaging");
    }

    /** A valid US mobile number as a person might type it, and unused by other tests. */
    public static String localMobile() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "(201) " + random.nextInt(200, 1000) + "-" + String.format("%04d", random.nextInt(10_000));
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
