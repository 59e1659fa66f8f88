package io.textcenter.messaging.dispatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The batches of one line's drain whose sends have not all ended, and the numbers they text. A batch has ended once its
 * every text was handed to the carrier or given back to the outbox. Used by the draining worker's thread alone.
 */
final class SendsInFlight {

    private final Map<String, CompletableFuture<Void>> lastBatchTo = new HashMap<>();
    private final List<CompletableFuture<Void>> batches = new ArrayList<>();

    /** The numbers that a batch which has not ended texts. */
    Set<String> recipients() {
        lastBatchTo.values().removeIf(CompletableFuture::isDone);
        return Set.copyOf(lastBatchTo.keySet());
    }

    void add(Collection<String> recipients, CompletableFuture<Void> batchEnd) {
        recipients.forEach(recipient -> lastBatchTo.put(recipient, batchEnd));
        batches.add(batchEnd);
    }

    /** Waits until every batch has ended; whether any had not. */
    boolean awaitAll() {
        batches.removeIf(CompletableFuture::isDone);
        if (batches.isEmpty()) {
            return false;
        }
        try {
            CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("dispatcher interrupted", stopping);
        } catch (ExecutionException broken) {
            // a batch's end logs what broke in it; the outbox sweep settles its texts
        }
        batches.clear();
        lastBatchTo.clear();
        return true;
    }
}
