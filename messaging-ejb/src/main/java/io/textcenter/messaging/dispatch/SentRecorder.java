package io.textcenter.messaging.dispatch;

import io.textcenter.messaging.runtime.Workers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the texts the carrier took, in the background and together: the recording thread gathers the texts taken for
 * a moment ({@code messaging.outbox.record-gathering}) and writes them in one transaction. A transaction per text,
 * written by the sender that sent it, was a third of a bulk send's processor time, and kept the sender from its next
 * slot; without the gathering, a fast line's records still went a few texts a transaction. A text whose record is lost
 * (the database down, the server stopped) stays SENDING, and the outbox sweep settles it from the carrier's log.
 */
@ApplicationScoped
class SentRecorder {

    private static final Logger LOG = Logger.getLogger(SentRecorder.class.getName());

    @Inject
    OutboxSettlement settlement;

    @Inject
    Workers workers;

    /** Before each write; a status callback that comes before its text's record waits for it, so this stays short. */
    @Inject
    @ConfigProperty(name = "messaging.outbox.record-gathering")
    Duration gathering;

    private final Queue<TakenByCarrier> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    void record(TakenByCarrier taken) {
        waiting.add(taken);
        if (writing.compareAndSet(false, true)) {
            workers.record(this::writeWaiting);
        }
    }

    /** Writes until nothing waits; a text added just as the writer stops is taken by it or starts the next writer. */
    private void writeWaiting() {
        do {
            try {
                gather();
                List<TakenByCarrier> group = new ArrayList<>();
                for (TakenByCarrier next; (next = waiting.poll()) != null; ) {
                    group.add(next);
                }
                if (!group.isEmpty()) {
                    write(group);
                }
            } finally {
                writing.set(false);
            }
        } while (!waiting.isEmpty() && writing.compareAndSet(false, true));
    }

    private void gather() {
        try {
            Thread.sleep(gathering.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // the server stops: write what was taken, at once
        }
    }

    /**
     * One message that cannot be written (settled meanwhile by another instance's sweep) must not keep the others'
     * records out: a group that fails is written again one text at a time.
     */
    private void write(List<TakenByCarrier> group) {
        try {
            settlement.sent(group);
        } catch (RuntimeException failed) {
            if (group.size() == 1) {
                LOG.log(
                        Level.WARNING,
                        "Message " + group.get(0).messageId()
                                + " was sent but its record failed; the outbox sweep settles it",
                        failed);
                return;
            }
            group.forEach(taken -> write(List.of(taken)));
        }
    }
}
