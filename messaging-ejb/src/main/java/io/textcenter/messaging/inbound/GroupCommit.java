package io.textcenter.messaging.inbound;

import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.runtime.RetryOnClash;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Received texts are written by at most {@code messaging.webhook.writers} transactions at once; the texts that arrive
 * meanwhile wait and are then written together, in one transaction, by the first of them to find a writer free. Each
 * caller still returns only once its own text is committed. A group whose transaction fails is stored text by text,
 * each as if it had come alone, so a clash or one bad text never loses the others.
 */
@ApplicationScoped
public class GroupCommit {

    @Inject
    InboundService inbound;

    @Inject
    RetryOnClash clashes;

    @Inject
    @ConfigProperty(name = "messaging.webhook.writers")
    int writers;

    private final ReentrantLock lock = new ReentrantLock();
    /** The texts no writer has taken yet, in the order they came; the first is woken when a writer is free. */
    private List<Pending> waiting = new ArrayList<>();

    private int writing;

    /** With no writer every webhook would wait forever: refuse to start instead. */
    @PostConstruct
    void checkWriters() {
        if (writers < 1) {
            throw new IllegalStateException("messaging.webhook.writers (" + writers + ") must be at least 1");
        }
    }

    /** As {@link InboundService#receive}: the stored message, empty when this MessageSid was received before. */
    public Optional<MessageData> receive(InboundText text) {
        Pending mine = new Pending(text);
        List<Pending> group;
        lock.lock();
        try {
            waiting.add(mine);
            while (!mine.taken && writing >= writers) {
                mine.turn.awaitUninterruptibly();
            }
            if (mine.taken) {
                while (!mine.written) {
                    mine.turn.awaitUninterruptibly();
                }
                group = List.of();
            } else {
                group = waiting;
                waiting = new ArrayList<>();
                group.forEach(pending -> pending.taken = true);
                writing++;
            }
        } finally {
            lock.unlock();
        }
        if (!group.isEmpty()) {
            write(group);
        }
        // outside the lock: a text of a failed group is stored alone in a transaction of its own meanwhile
        return mine.outcome();
    }

    /** How many texts wait for a writer. */
    int textsWaiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private void write(List<Pending> group) {
        List<Receipt> receipts = null;
        try {
            receipts = inbound.receiveAll(
                    group.stream().map(pending -> pending.text).toList());
        } catch (RuntimeException rolledBack) {
            // nothing of the group is stored: each text's own caller stores it alone
        } finally {
            written(group, receipts);
        }
    }

    /**
     * The group's texts are answered from their receipts, or stored alone when there are none; a writer is free for
     * the first text waiting. Each caller waits on a condition of its own, so only those with something to do wake.
     */
    private void written(List<Pending> group, List<Receipt> receipts) {
        lock.lock();
        try {
            for (int i = 0; i < group.size(); i++) {
                Pending pending = group.get(i);
                pending.receipt = receipts == null ? null : receipts.get(i);
                pending.written = true;
                pending.turn.signal();
            }
            writing--;
            if (!waiting.isEmpty()) {
                waiting.get(0).turn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** A text waiting, being written, or written: its receipt, or none when its group rolled back. */
    private final class Pending {
        final InboundText text;
        final Condition turn = lock.newCondition();
        boolean taken;
        boolean written;
        Receipt receipt;

        Pending(InboundText text) {
            this.text = text;
        }

        Optional<MessageData> outcome() {
            return receipt == null ? clashes.store(() -> inbound.receive(text)) : receipt.orThrow();
        }
    }
}
