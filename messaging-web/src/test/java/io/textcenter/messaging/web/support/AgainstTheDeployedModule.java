package io.textcenter.messaging.web.support;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an integration test of the deployed module starts from: the module's WAR on the Payara Micro the run's test
 * classes share ({@link SharedModule}), reached as a {@link #server()}. A test that needs a server of its own (other
 * settings, more in its WAR, a crash) starts one instead; the build runs those after the shared instance stopped.
 *
 * <p>The classes run at the same time (junit-platform parallel execution, configured in the pom). A class that
 * changes what others rely on says so: {@code @Isolated} when it changes the Twilio account every class sends
 * through, {@code @ResourceLock(COMPANY_PROFILE)} when it sets the company's details or time zone.
 */
@Tag("shared-module")
@ExtendWith(SharedModule.class)
public abstract class AgainstTheDeployedModule extends OnTheServerOfTheRun {

    /** The company's name, contact details and time zone, which merge fields and "a day's appointments" read. */
    public static final String COMPANY_PROFILE = "the company's profile";
}
