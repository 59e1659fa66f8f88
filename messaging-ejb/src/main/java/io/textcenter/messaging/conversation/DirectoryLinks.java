package io.textcenter.messaging.conversation;

import io.textcenter.messaging.api.CustomerSaved;
import io.textcenter.messaging.api.EmployeeSaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A customer or employee saved with a mobile takes over the conversations with that number that had nobody yet: in
 * the transaction that saved them, or in one of its own when a host fires the event outside any transaction.
 */
@ApplicationScoped
@Transactional
public class DirectoryLinks {

    @Inject
    private Conversations conversations;

    void customerSaved(@Observes CustomerSaved saved) {
        if (saved.customer().mobile() != null) {
            conversations.linkCustomer(
                    saved.customer().mobile(), saved.customer().id());
        }
    }

    void employeeSaved(@Observes EmployeeSaved saved) {
        if (saved.employee().mobile() != null) {
            conversations.linkEmployee(
                    saved.employee().mobile(), saved.employee().id());
        }
    }
}
