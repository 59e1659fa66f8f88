package io.textcenter.messaging.batch;

import io.textcenter.messaging.bulk.BulkSendService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.util.logging.Logger;

/**
 * After a restart, bulk sends whose job was running when the server went down are run again (a new execution): the
 * batch runtime does not resume them by itself, and per-recipient keys make the new run text only those not texted.
 * It waits a little after start-up, so the schema is migrated and the batch runtime ready.
 */
@Startup
@Singleton
public class BulkSendRecovery {

    private static final Logger LOG = Logger.getLogger(BulkSendRecovery.class.getName());
    private static final long DELAY_MILLIS = 10_000;

    @Resource
    private TimerService timers;

    @jakarta.inject.Inject
    private BulkSendService bulkSends;

    @PostConstruct
    void scheduleRecovery() {
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("bulk-send-recovery", false));
    }

    @Timeout
    void recover() {
        int resumed = bulkSends.resumeInterrupted();
        if (resumed > 0) {
            LOG.info(() -> resumed + " interrupted bulk send(s) resumed");
        }
    }
}
