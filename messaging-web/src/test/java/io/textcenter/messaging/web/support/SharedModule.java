package io.textcenter.messaging.web.support;

import java.util.Map;

/**
 * One Payara Micro with the module's WAR (and the test-only endpoints of the package {@code inside}) for all the test
 * classes of a run that need nothing of their own. The classes share the database as they always did on PostgreSQL, so
 * each test makes its own lines, numbers and days.
 */
public final class SharedModule extends ServerOfTheRun {

    /** Its PostgreSQL database, when the tests run on PostgreSQL. */
    public static final String DATABASE = "messaging_it";

    /** Beyond the tests' usual short timings: the reconciliation and recovery windows the texting tests wait out. */
    private static final Map<String, String> SETTINGS = Map.of(
            "messaging.bulk.lease", "PT2M",
            "messaging.twilio.reconcile-interval", "PT2S",
            "messaging.twilio.status-settle-after", "PT4S",
            "messaging.twilio.recovered-answer-within", "PT30S");

    @Override
    MicroProcess start() {
        return MicroProcess.fresh("module", DATABASE, SETTINGS, Deployments.sharedModuleWar());
    }
}
