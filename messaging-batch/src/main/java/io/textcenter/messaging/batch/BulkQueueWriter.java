package io.textcenter.messaging.batch;

import io.textcenter.messaging.bulk.BulkChunks;
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
    BulkChunks chunks;

    @Override
    public void writeItems(List<Object> items) {
        chunks.queue(
                Long.parseLong(bulkSendId),
                items.stream().map(String.class::cast).toList());
    }
}
