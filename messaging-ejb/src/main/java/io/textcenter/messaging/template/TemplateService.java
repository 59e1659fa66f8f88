package io.textcenter.messaging.template;

import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.carrier.CarrierLimits;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.validation.Text;
import io.textcenter.messaging.validation.Urls;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/** Message templates: named, validated (known merge fields, at most three images), each optionally on a line. */
@Stateless
public class TemplateService {

    /** Images a template or an auto-responder adds to its text. */
    public static final int MAX_IMAGES = 3;

    static final int DESCRIPTION_LENGTH = 200;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private SenderLineService lines;

    public List<TemplateData> all() {
        return em.createNamedQuery(MessageTemplate.ALL, MessageTemplate.class)
                .getResultStream()
                .map(MessageTemplate::toData)
                .toList();
    }

    public TemplateData get(String id) {
        return entity(id).toData();
    }

    public TemplateData save(TemplateData input) {
        MessageTemplate template = input.id() == null ? null : entity(input.id());
        TemplateData before = template == null ? null : template.toData();
        String description = Text.required("description", input.description(), DESCRIPTION_LENGTH);
        em.createNamedQuery(MessageTemplate.BY_DESCRIPTION, MessageTemplate.class)
                .setParameter("description", description)
                .getResultStream()
                .map(MessageTemplate::toData)
                .filter(other -> !Objects.equals(other.id(), input.id()))
                .findFirst()
                .ifPresent(other -> {
                    throw new ValidationException(
                            "description", "a template is already called \"" + other.description() + "\"");
                });
        TemplateData valid = new TemplateData(
                input.id(),
                description,
                body("body", input.body()),
                line(input.lineId()),
                Urls.optional("optionalUrl", input.optionalUrl()),
                input.includePortalLink(),
                input.includeVCard(),
                images(input.imageUrls()),
                input.marketing());
        int length = Composer.textOf(valid).length();
        if (length > CarrierLimits.MAX_BODY_CHARACTERS) {
            throw new ValidationException(
                    "body",
                    "with the URL and portal link it must be at most " + CarrierLimits.MAX_BODY_CHARACTERS
                            + " characters before merge fields are filled (it has " + length + ")");
        }
        if (template == null) {
            template = new MessageTemplate(valid);
            em.persist(template);
        } else {
            template.update(valid);
        }
        em.flush();
        audit.record(AuditAction.TEMPLATE_SAVED, "template " + template.toData().id(), before, template.toData());
        return template.toData();
    }

    public boolean delete(String id) {
        MessageTemplate template = entity(id);
        audit.record(AuditAction.TEMPLATE_DELETED, "template " + id, template.toData(), null);
        em.remove(template);
        return true;
    }

    /** A message body: present, within {@link CarrierLimits#MAX_BODY_CHARACTERS}, only known merge fields. */
    public static String body(String field, String body) {
        String text = Text.required(field, body, CarrierLimits.MAX_BODY_CHARACTERS);
        MergeFields.requireKnown(field, text);
        return text;
    }

    /** Up to three image URLs, each an absolute http(s) URL. */
    public static List<String> images(List<String> urls) {
        List<String> images = urls == null
                ? List.of()
                : urls.stream().map(url -> Urls.required("imageUrls", url)).toList();
        if (images.size() > MAX_IMAGES) {
            throw new ValidationException("imageUrls", "at most " + MAX_IMAGES + " images");
        }
        return images;
    }

    private String line(String lineId) {
        if (lineId == null) {
            return null;
        }
        try {
            return lines.get(lineId).id();
        } catch (NotFoundException unknown) {
            throw new ValidationException("lineId", "no line has the id " + lineId);
        }
    }

    private MessageTemplate entity(String id) {
        return EntityIds.parse(id)
                .map(key -> em.find(MessageTemplate.class, key))
                .orElseThrow(() -> new NotFoundException("Template", id));
    }
}
