package io.textcenter.messaging.runtime;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Stores what arrives at once about one row, such as two texts starting one conversation, "sent" and "delivered" of
 * one text, or the first two saves of the Twilio account, which both insert its row. All but one of the clashing
 * transactions roll back whole; each of those is run again in a transaction of its own after a short random pause, as
 * the sender would retry it, until it commits or its attempts are used up (then its rollback is thrown). Each round of
 * clashes commits at least one of them, so ten attempts store a burst of ten at once. The work must change nothing when
 * run again after it committed once.
 */
@ApplicationScoped
public class RetryOnClash {

    @Retry(maxRetries = 9, delay = 20, jitter = 15, delayUnit = ChronoUnit.MILLIS, retryOn = EJBException.class)
    public <T> T store(Supplier<T> work) {
        return work.get();
    }

    @Retry(maxRetries = 9, delay = 20, jitter = 15, delayUnit = ChronoUnit.MILLIS, retryOn = EJBException.class)
    public void store(Runnable work) {
        work.run();
    }
}
