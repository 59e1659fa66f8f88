package io.textcenter.messaging.responder;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * The numbers each responder has answered in the current transaction, kept among the transaction's resources.
 * {@link AutoResponses} reads the earlier answers without flushing the transaction's writes, so those it queued itself
 * meanwhile are known only here. Not a transaction-scoped bean: Payara fires an event for each one it creates, a cost
 * every group of received texts would pay.
 */
@ApplicationScoped
public class AnsweredInTransaction {

    private static final Object ANSWERED = AnsweredInTransaction.class;

    @Resource
    TransactionSynchronizationRegistry transaction;

    boolean contains(long responderId, String number) {
        return answered().contains(new Answer(responderId, number));
    }

    void add(long responderId, String number) {
        answered().add(new Answer(responderId, number));
    }

    /** This transaction's answers, an empty set the first time it asks. */
    @SuppressWarnings("unchecked")
    Set<Answer> answered() {
        Set<Answer> answered = (Set<Answer>) transaction.getResource(ANSWERED);
        if (answered == null) {
            answered = new HashSet<>();
            transaction.putResource(ANSWERED, answered);
        }
        return answered;
    }

    record Answer(long responderId, String number) {}
}
