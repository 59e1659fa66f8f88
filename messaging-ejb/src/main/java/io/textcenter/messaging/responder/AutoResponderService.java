package io.textcenter.messaging.responder;

import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.consent.ConsentKeyword;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.template.TemplateService;
import io.textcenter.messaging.validation.Text;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/** Auto-responders, validated: a keyword where one is needed, hours where they are needed, no keyword twice on a line. */
@Stateless
public class AutoResponderService {

    static final int KEYWORD_LENGTH = 100;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private SenderLineService lines;

    @Inject
    private Event<AutoRespondersChanged> changed;

    @Inject
    private AuditTrail audit;

    public List<AutoResponderData> all() {
        return em.createNamedQuery(AutoResponder.ALL, AutoResponder.class)
                .getResultStream()
                .map(AutoResponder::toData)
                .toList();
    }

    public AutoResponderData save(AutoResponderData input) {
        AutoResponder responder = input.id() == null ? null : entity(input.id());
        AutoResponderData before = responder == null ? null : responder.toData();
        if (input.type() == null) {
            throw new ValidationException("type", "must be given");
        }
        AutoResponderData valid = new AutoResponderData(
                input.id(),
                input.type(),
                keyword(input),
                TemplateService.body("message", input.message()),
                lineIds(input.lineIds()),
                schedule(input),
                input.includeVCard(),
                TemplateService.images(input.imageUrls()),
                input.active());
        if (valid.type().isKeyword() && valid.active()) {
            all().stream()
                    .filter(other ->
                            other.active() && other.type().isKeyword() && !Objects.equals(other.id(), valid.id()))
                    .filter(other -> Keywords.normalize(other.keyword()).equals(Keywords.normalize(valid.keyword())))
                    .filter(other -> other.sharesALineWith(valid))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new ValidationException(
                                "keyword",
                                "\"" + valid.keyword() + "\" already answers on the same line (responder " + other.id()
                                        + ")");
                    });
        }
        if (responder == null) {
            responder = new AutoResponder(valid);
            em.persist(responder);
        } else {
            responder.update(valid);
        }
        em.flush();
        audit.record(
                AuditAction.AUTO_RESPONDER_SAVED,
                "auto-responder " + responder.toData().id(),
                before,
                responder.toData());
        changed.fire(new AutoRespondersChanged());
        return responder.toData();
    }

    public boolean delete(String id) {
        AutoResponder responder = entity(id);
        audit.record(AuditAction.AUTO_RESPONDER_DELETED, "auto-responder " + id, responder.toData(), null);
        em.remove(responder);
        changed.fire(new AutoRespondersChanged());
        return true;
    }

    private static String keyword(AutoResponderData input) {
        if (!input.type().isKeyword()) {
            return Text.optional("keyword", input.keyword(), KEYWORD_LENGTH);
        }
        String keyword = Text.required("keyword", input.keyword(), KEYWORD_LENGTH);
        if (Keywords.normalize(keyword).isEmpty()) {
            throw new ValidationException("keyword", "must contain a word");
        }
        if (ConsentKeyword.of(Keywords.normalize(keyword)) != ConsentKeyword.NONE) {
            throw new ValidationException(
                    "keyword",
                    "\"" + keyword + "\" is a carrier keyword (opt-out, opt-in or help) and cannot be answered");
        }
        return keyword;
    }

    private static Schedule schedule(AutoResponderData input) {
        if (input.schedule() == null && input.type().needsSchedule()) {
            throw new ValidationException("schedule", input.type() + " needs the opening hours");
        }
        return input.schedule();
    }

    private List<String> lineIds(List<String> ids) {
        if (ids == null) {
            throw new ValidationException("lineIds", "must be given (empty for every line)");
        }
        return ids.stream()
                .distinct()
                .map(id -> {
                    try {
                        return lines.get(id).id();
                    } catch (NotFoundException unknown) {
                        throw new ValidationException("lineIds", "no line has the id " + id);
                    }
                })
                .toList();
    }

    private AutoResponder entity(String id) {
        return EntityIds.parse(id)
                .map(key -> em.find(AutoResponder.class, key))
                .orElseThrow(() -> new NotFoundException("Auto-responder", id));
    }
}
