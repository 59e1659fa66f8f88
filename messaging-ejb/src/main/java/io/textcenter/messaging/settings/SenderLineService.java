package io.textcenter.messaging.settings;

import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.audit.AuditAction;
import io.textcenter.messaging.audit.AuditTrail;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.validation.PhoneNumbers;
import io.textcenter.messaging.validation.Text;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The company's sending numbers. A number belongs to one line. */
@Stateless
public class SenderLineService {

    static final int DESCRIPTION_LENGTH = 200;
    static final double MAX_MESSAGES_PER_SECOND = 1000;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private PhoneNumbers phoneNumbers;

    @Inject
    private Event<SenderLinesChanged> changed;

    @Inject
    private AuditTrail audit;

    public SenderLineData save(SenderLineData input) {
        SenderLine line = input.id() == null ? null : entity(input.id());
        SenderLineData before = line == null ? null : line.toData();
        if (input.kind() == null) {
            throw new ValidationException("kind", "must be given");
        }
        String phoneNumber = phoneNumbers.require("phoneNumber", input.phoneNumber());
        byPhoneNumber(phoneNumber)
                .filter(holder -> !Objects.equals(holder.toData().id(), input.id()))
                .ifPresent(holder -> {
                    throw new ValidationException(
                            "phoneNumber",
                            phoneNumber + " is already the line \""
                                    + holder.toData().description() + "\"");
                });
        if (!(input.messagesPerSecond() > 0 && input.messagesPerSecond() <= MAX_MESSAGES_PER_SECOND)) {
            throw new ValidationException(
                    "messagesPerSecond", "must be more than 0 and at most " + (int) MAX_MESSAGES_PER_SECOND);
        }
        SenderLineData valid = new SenderLineData(
                input.id(),
                Text.required("description", input.description(), DESCRIPTION_LENGTH),
                phoneNumber,
                input.kind(),
                input.active(),
                input.messagesPerSecond());
        if (line == null) {
            line = new SenderLine(valid);
            em.persist(line);
        } else {
            line.update(valid);
        }
        em.flush();
        audit.record(AuditAction.SENDER_LINE_SAVED, "line " + line.toData().id(), before, line.toData());
        changed.fire(new SenderLinesChanged());
        return line.toData();
    }

    /** Every line; a read that needs no transaction of its own (the inbox reads the lines with each page). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SenderLineData> all() {
        return em.createNamedQuery(SenderLine.ALL, SenderLine.class)
                .getResultStream()
                .map(SenderLine::toData)
                .toList();
    }

    public SenderLineData get(String id) {
        return entity(id).toData();
    }

    public Optional<SenderLineData> find(long id) {
        return Optional.ofNullable(em.find(SenderLine.class, id)).map(SenderLine::toData);
    }

    /** The line that owns this E.164 number, e.g. the "To" of a received text. */
    public Optional<SenderLineData> withNumber(String phoneNumber) {
        return byPhoneNumber(phoneNumber).map(SenderLine::toData);
    }

    private SenderLine entity(String id) {
        return EntityIds.parse(id)
                .map(key -> em.find(SenderLine.class, key))
                .orElseThrow(() -> new NotFoundException("Sender line", id));
    }

    private Optional<SenderLine> byPhoneNumber(String phoneNumber) {
        return em.createNamedQuery(SenderLine.BY_PHONE_NUMBER, SenderLine.class)
                .setParameter("phoneNumber", phoneNumber)
                .getResultStream()
                .findFirst();
    }
}
