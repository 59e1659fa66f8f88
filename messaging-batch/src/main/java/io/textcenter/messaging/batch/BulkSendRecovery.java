package io.textcenter.messaging.batch;

import io.textcenter.messaging.bulk.BulkSendService;
import io.textcenter.messaging.persistence.DatabaseMigrations;
import io.textcenter.messaging.runtime.KeepsRunning;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every half minute, on every instance: bulk sends whose job was running on an instance that went down (its lease ran
 * out) are run again here. The batch runtime does not resume them by itself; per-recipient keys make the new run text
 * only those not texted yet, and the lease lets one instance take each send.
 */
@Startup
@Singleton
@KeepsRunning
public class BulkSendRecovery {

    private static final Logger LOG = Logger.getLogger(BulkSendRecovery.class.getName());

    @Inject
    private BulkSendService bulkSends;

    /** In the EAR this bean is in another module than the migrations, where {@code @DependsOn} cannot name them. */
    @Inject
    private DatabaseMigrations migrations;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void recover() {
        // the call waits until the migrations' start-up has run: on a first boot the tables may not exist before
        if (migrations.pendingCount() > 0) {
            return;
        }
        int resumed = bulkSends.resumeAbandoned();
        if (resumed > 0) {
            LOG.info(() -> resumed + " bulk send(s) abandoned by a stopped instance resumed here");
        }
    }
}
