package io.textcenter.messaging.batch;

import io.textcenter.messaging.bulk.BulkSendService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Composes one recipient's text, or the reason they are skipped; a bad recipient never stops the job. */
@Named
@Dependent
public class BulkMessageProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String bulkSendId;

    @Inject
    BulkSendService bulkSends;

    @Override
    public Object processItem(Object recipientId) {
        return bulkSends.compose(Long.parseLong(bulkSendId), (String) recipientId);
    }
}
