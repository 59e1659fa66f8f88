package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.bulk.BulkSendRequests;
import io.textcenter.messaging.bulk.BulkSendService;
import io.textcenter.messaging.web.graphql.model.BulkCustomerSendInput;
import io.textcenter.messaging.web.graphql.model.BulkEmployeeSendInput;
import io.textcenter.messaging.web.graphql.model.BulkSend;
import io.textcenter.messaging.web.security.Caller;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Bulk sends, run as Jakarta Batch jobs: started, watched, stopped and restarted from the center. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.TEXT_MESSAGING})
public class BulkApi {

    @Inject
    BulkSendRequests requests;

    @Inject
    BulkSendService bulkSends;

    @Inject
    Caller caller;

    @Query
    public BulkSend bulkSend(@NonNull @Id String id) {
        return bulkSends.find(id).map(BulkSend::of).orElse(null);
    }

    @Query
    @Description("Every bulk send, newest first")
    public @NonNull List<@NonNull BulkSend> bulkSends() {
        return bulkSends.all().stream().map(BulkSend::of).toList();
    }

    @Mutation
    @Description("Texts the customers of the listed appointments, or of a day's appointments (tomorrow by default);"
            + " marketing (or a marketing template): only those with marketing consent, the rest SKIPPED;"
            + " with sendAt the texts wait SCHEDULED until then")
    public @NonNull BulkSend startBulkCustomerSend(@NonNull BulkCustomerSendInput input) {
        String id = requests.createCustomerSend(
                input.date(),
                input.appointmentIds(),
                input.toRequest(caller.loginId().orElse(null)));
        return BulkSend.of(bulkSends.launch(id));
    }

    @Mutation
    public @NonNull BulkSend startBulkEmployeeSend(@NonNull BulkEmployeeSendInput input) {
        String id = requests.createEmployeeSend(
                input.employeeIds(), input.toRequest(caller.loginId().orElse(null)));
        return BulkSend.of(bulkSends.launch(id));
    }

    @Mutation
    @Description("Stops the job and takes its texts that have not left yet out of the outbox")
    public @NonNull BulkSend stopBulkSend(@NonNull @Id String id) {
        return BulkSend.of(bulkSends.stop(id));
    }

    @Mutation
    @Description("Runs a stopped or failed send again: everyone not texted yet is, nobody twice")
    public @NonNull BulkSend restartBulkSend(@NonNull @Id String id) {
        return BulkSend.of(bulkSends.restart(id));
    }
}
