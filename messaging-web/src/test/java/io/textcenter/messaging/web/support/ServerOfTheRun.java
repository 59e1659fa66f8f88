package io.textcenter.messaging.web.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * A Payara Micro that the test classes of one run share: started for the first of them, stopped when the run ends, so
 * each class no longer pays a boot of its own. Each kind ({@link SharedModule}, {@link SandboxModule}) has a run of its
 * own in the build, so that one server is up at a time.
 */
abstract class ServerOfTheRun implements TestInstancePostProcessor {

    /** Starts the server, ready when returned. */
    abstract MicroProcess start();

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        Running running = context.getRoot()
                .getStore(Namespace.create(getClass()))
                .getOrComputeIfAbsent(Running.class, key -> new Running(start()), Running.class);
        ((OnTheServerOfTheRun) testInstance).deployedOn(running.instance().server());
    }

    /** Closed by JUnit once the run's last test class is done. */
    private record Running(MicroProcess instance) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            instance.close();
        }
    }
}
