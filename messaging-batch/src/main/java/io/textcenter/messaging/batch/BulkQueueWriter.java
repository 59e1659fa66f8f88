package io.textcenter.messaging.batch;

import io.textcenter.messaging.bulk.BulkSendService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Composes a chunk's texts and queues them in the outbox, in the chunk's transaction (with its checkpoint). */
@Named
@Dependent
public class BulkQueueWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String bulkSendId;

    @Inject
    BulkSendService bulkSends;

    @Override
    public void writeItems(List<Object> items) {
        bulkSends.queue(
                Long.parseLong(bulkSendId),
                items.stream().map(String.class::cast).toList());
    }
}
