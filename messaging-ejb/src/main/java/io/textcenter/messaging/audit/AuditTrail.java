package io.textcenter.messaging.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Records a change in the transaction that makes it: the entry and the change commit or roll back together. Values
 * are written as JSON; callers pass views without secrets (the Twilio account says whether a token is set, never
 * which).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    /** Who acted when no caller is authenticated: the module's own timers and batch jobs. */
    public static final String SYSTEM = "system";

    private static final int VALUE_LENGTH = 8000;
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /** A change of {@code subject} from {@code before} to {@code after} (either may be null). */
    public void record(AuditAction action, String subject, Object before, Object after) {
        em.persist(new AuditEntry(OffsetDateTime.now(clock), actor(), action, subject, json(before), json(after)));
    }

    private String actor() {
        return Optional.ofNullable(security.getCallerPrincipal())
                .map(Principal::getName)
                .orElse(SYSTEM);
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        String json = JSON.toJson(value);
        return json.length() <= VALUE_LENGTH ? json : json.substring(0, VALUE_LENGTH - 1) + "…";
    }
}
