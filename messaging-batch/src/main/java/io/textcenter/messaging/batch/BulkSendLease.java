package io.textcenter.messaging.batch;

import io.textcenter.messaging.bulk.BulkSendService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Gives up the send's lease when its job ends, however it ends: no other instance needs to take the send over. */
@Named
@Dependent
public class BulkSendLease extends AbstractJobListener {

    @Inject
    @BatchProperty
    String bulkSendId;

    @Inject
    BulkSendService bulkSends;

    @Override
    public void afterJob() {
        bulkSends.releaseLease(Long.parseLong(bulkSendId));
    }
}
