package io.textcenter.messaging.batch;

import io.textcenter.messaging.bulk.BulkChunks;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reads a bulk send's recipients in their fixed order; the checkpoint is the position reached. */
@Named
@Dependent
public class BulkRecipientReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String bulkSendId;

    @Inject
    BulkChunks chunks;

    private List<String> recipients;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        recipients = chunks.recipients(Long.parseLong(bulkSendId));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < recipients.size() ? recipients.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
