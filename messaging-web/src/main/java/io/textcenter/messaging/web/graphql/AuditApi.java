package io.textcenter.messaging.web.graphql;

import io.textcenter.messaging.audit.AuditLog;
import io.textcenter.messaging.web.graphql.model.AuditFilter;
import io.textcenter.messaging.web.graphql.model.AuditPage;
import io.textcenter.messaging.web.security.Group;
import io.textcenter.messaging.web.security.RequiresGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The audit trail, for administrators; the API can only read it. */
@GraphQLApi
@ApplicationScoped
@RequiresGroup({Group.ADMINISTRATOR})
public class AuditApi {

    @Inject
    AuditLog log;

    @Query
    @Description("Who changed what and when, newest first (first at most 200); entries cannot be changed or deleted")
    public @NonNull AuditPage auditLog(AuditFilter filter, @DefaultValue("50") int first, String after) {
        return AuditPage.of(log.page(
                filter == null ? io.textcenter.messaging.audit.AuditFilter.EVERYTHING : filter.toFilter(),
                first,
                after));
    }
}
