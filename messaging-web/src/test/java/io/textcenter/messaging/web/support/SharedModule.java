package io.textcenter.messaging.web.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One Payara Micro with the module's WAR (and the test-only endpoints of the package {@code inside}) for all the test
 * classes of a run that need nothing of their own: started for the first of them, stopped when the run ends. A boot costs about 18 seconds, which each class paid before; the
 * classes share the database as they always did on PostgreSQL, so each test makes its own lines, numbers and days.
 */
public final class SharedModule implements TestInstancePostProcessor {

    private static final Namespace NAMESPACE = Namespace.create(SharedModule.class);

    /** Beyond the tests' usual short timings: the reconciliation and recovery windows the texting tests wait out. */
    private static final Map<String, String> SETTINGS = Map.of(
            "messaging.bulk.lease", "PT2M",
            "messaging.twilio.reconcile-interval", "PT2S",
            "messaging.twilio.status-settle-after", "PT4S",
            "messaging.twilio.recovered-answer-within", "PT30S");

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        Running running = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        Running.class,
                        key -> new Running(
                                MicroProcess.fresh("module", "messaging_it", SETTINGS, Deployments.sharedModuleWar())),
                        Running.class);
        ((AgainstTheDeployedModule) testInstance).deployedOn(running.instance().server());
    }

    /** Closed by JUnit once the run's last test class is done. */
    private record Running(MicroProcess instance) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            instance.close();
        }
    }
}
