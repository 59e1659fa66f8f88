package io.textcenter.messaging.runtime;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Lets a {@link KeepsRunning} timer's failed run end quietly (logged), so that the container keeps the timer. */
@KeepsRunning
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class KeepsRunningInterceptor {

    private static final Logger LOG = Logger.getLogger(KeepsRunningInterceptor.class.getName());

    @AroundTimeout
    Object runOnce(InvocationContext run) {
        try {
            return run.proceed();
        } catch (Exception failed) {
            LOG.log(
                    Level.WARNING,
                    failed,
                    () -> run.getMethod().getDeclaringClass().getSimpleName() + "."
                            + run.getMethod().getName() + " failed this time; it runs again at its next time");
            return null;
        }
    }
}
