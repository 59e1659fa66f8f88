package io.textcenter.messaging.bulk;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.AppointmentStatus;
import io.textcenter.messaging.api.ConflictException;
import io.textcenter.messaging.api.EmployeeData;
import io.textcenter.messaging.api.EmployeeDirectory;
import io.textcenter.messaging.api.NotFoundException;
import io.textcenter.messaging.api.ValidationException;
import io.textcenter.messaging.conversation.Conversation;
import io.textcenter.messaging.conversation.Conversations;
import io.textcenter.messaging.conversation.DeliveryStatus;
import io.textcenter.messaging.conversation.MessageData;
import io.textcenter.messaging.conversation.MessageKind;
import io.textcenter.messaging.conversation.SendOptions;
import io.textcenter.messaging.directory.AppointmentService;
import io.textcenter.messaging.outbound.Outbox;
import io.textcenter.messaging.outbound.SendTimes;
import io.textcenter.messaging.outbound.TextToQueue;
import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.settings.CompanySettingsService;
import io.textcenter.messaging.settings.SenderLineService;
import io.textcenter.messaging.template.MergeFields;
import io.textcenter.messaging.template.TemplateService;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk sends: validated when asked for, their recipients fixed then (in a stable order), each recipient composed
 * with their own merge fields and queued in the outbox at most once per send, whatever restarts happen.
 */
@Stateless
public class BulkSendService {

    static final String STOPPED = "the bulk send was stopped before this text left";
    private static final Set<DeliveryStatus> SENT = EnumSet.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
    private static final Set<DeliveryStatus> FAILED = EnumSet.of(DeliveryStatus.FAILED, DeliveryStatus.UNDELIVERED);
    private static final Set<DeliveryStatus> PENDING =
            EnumSet.of(DeliveryStatus.SCHEDULED, DeliveryStatus.QUEUED, DeliveryStatus.SENDING);
    /** The most recipients a send may name one by one. */
    private static final int MAX_NAMED_RECIPIENTS = 100_000;

    @PersistenceContext(unitName = "messaging")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SenderLineService lines;

    @Inject
    private TemplateService templates;

    @Inject
    private AppointmentService appointments;

    @Inject
    private EmployeeDirectory employees;

    @Inject
    private CompanySettingsService company;

    @Inject
    private BulkTexts texts;

    @Inject
    private Conversations conversations;

    @Inject
    private Outbox outbox;

    @Inject
    private BulkJobs jobs;

    @Inject
    @ConfigProperty(name = "messaging.bulk.lease")
    Duration lease;

    /** The customers of the appointments listed, or else of a day's appointments (tomorrow by default, company time). */
    public String createCustomerSend(LocalDate date, List<String> appointmentIds, BulkSendRequest request) {
        return create(BulkSendKind.CUSTOMERS, () -> appointmentsOf(date, appointmentIds), request);
    }

    private List<String> appointmentsOf(LocalDate date, List<String> appointmentIds) {
        List<String> recipients;
        if (appointmentIds != null && !appointmentIds.isEmpty()) {
            bounded("appointmentIds", appointmentIds);
            recipients = known(
                    "appointmentIds",
                    "appointment",
                    appointmentIds,
                    appointments.findAll(appointmentIds).stream()
                            .map(AppointmentData::id)
                            .toList());
        } else {
            LocalDate day = date != null
                    ? date
                    : LocalDate.now(clock.withZone(company.zone())).plusDays(1);
            recipients = appointments.on(day).stream()
                    .filter(appointment -> appointment.status() != AppointmentStatus.CANCELED)
                    .map(AppointmentData::id)
                    .toList();
            if (recipients.isEmpty()) {
                throw new ValidationException("date", "no appointments on " + day);
            }
        }
        return recipients;
    }

    /** The employees listed. */
    public String createEmployeeSend(List<String> employeeIds, BulkSendRequest request) {
        return create(
                BulkSendKind.EMPLOYEES,
                () -> {
                    if (employeeIds == null || employeeIds.isEmpty()) {
                        throw new ValidationException("employeeIds", "name at least one employee");
                    }
                    bounded("employeeIds", employeeIds);
                    return known(
                            "employeeIds",
                            "employee",
                            employeeIds,
                            employees.findAll(employeeIds).stream()
                                    .map(EmployeeData::id)
                                    .toList());
                },
                request);
    }

    /** A list named by hand is refused before the directory is asked, when it is longer than a send may be. */
    private static void bounded(String field, List<String> named) {
        if (named.size() > MAX_NAMED_RECIPIENTS) {
            throw new ValidationException(
                    field, "name at most " + MAX_NAMED_RECIPIENTS + " (a day's appointments are named by the date)");
        }
    }

    /** The ids named, each once, in their order; fails on the first the directory does not know (read at once). */
    private static List<String> known(String field, String what, List<String> named, List<String> found) {
        Set<String> existing = Set.copyOf(found);
        named.stream().filter(id -> !existing.contains(id)).findFirst().ifPresent(unknown -> {
            throw new ValidationException(field, "no " + what + " has the id " + unknown);
        });
        return named.stream().distinct().toList();
    }

    /** Starts a run of the send's job on this instance (after the send is committed, so the job can read it). */
    public BulkSendData launch(String bulkSendId) {
        BulkSend send = entity(bulkSendId);
        run(send);
        return progress(send);
    }

    /**
     * Stops the job and takes the send's texts that have not left yet out of the outbox (a restart queues them again).
     * The send's row is locked first: a chunk being queued is waited for, and its texts are taken out too; a chunk
     * that comes after finds the send stopped. The texts are locked as well: one the outbox is claiming meanwhile is
     * waited for and, being on its way, left alone.
     */
    public BulkSendData stop(String bulkSendId) {
        BulkSend send = EntityIds.parse(bulkSendId)
                .map(key -> em.find(BulkSend.class, key, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Bulk send", bulkSendId));
        if (send.jobExecutionId() != null) {
            jobs.stop(send.jobExecutionId());
        }
        send.stop();
        List<BulkRecipient> waiting = em.createQuery(
                        "SELECT r FROM BulkRecipient r, Message m WHERE m.id = r.messageId"
                                + " AND r.bulkSendId = :id AND m.deliveryStatus IN :waiting",
                        BulkRecipient.class)
                .setParameter("id", send.id())
                .setParameter("waiting", Outbox.WAITING)
                .getResultList();
        Set<Long> withdrawn =
                outbox.withdraw(waiting.stream().map(BulkRecipient::messageId).toList(), STOPPED);
        waiting.stream()
                .filter(recipient -> withdrawn.contains(recipient.messageId()))
                .forEach(em::remove);
        return progress(send);
    }

    /** A new run of a stopped or failed send: every recipient not texted yet is, nobody twice. */
    public BulkSendData restart(String bulkSendId) {
        BulkSend send = entity(bulkSendId);
        BulkSendStatus status = progress(send).status();
        boolean running = status == BulkSendStatus.STARTING
                || status == BulkSendStatus.STARTED
                || status == BulkSendStatus.STOPPING;
        if (running && send.leasedAt(now())) {
            throw new ConflictException("bulk send " + bulkSendId + " is " + status + "; stop it first");
        }
        run(send);
        return progress(send);
    }

    /**
     * Runs again, on this instance, the sends whose job's instance stopped while running it (its lease ran out). Each
     * is taken by one instance only; per-recipient keys make the new run text only those not texted yet.
     */
    public int resumeAbandoned() {
        int resumed = 0;
        for (BulkSend send : em.createNamedQuery(BulkSend.ABANDONED, BulkSend.class)
                .setParameter("now", now())
                .getResultList()) {
            int taken = em.createNativeQuery("UPDATE bulk_send SET lease_until = ?1 WHERE id = ?2 AND lease_until < ?3")
                    .setParameter(1, leaseEnd())
                    .setParameter(2, send.id())
                    .setParameter(3, now())
                    .executeUpdate();
            if (taken == 1) {
                run(send);
                resumed++;
            }
        }
        return resumed;
    }

    /**
     * With every chunk: the instance running the job is alive and still sending. The lease is written with plain SQL,
     * here and wherever it is taken or given up: a JPQL bulk update raises the send's version, and a job renews its lease
     * while the launch, resume or stop of the same send may still be committing its own change to it.
     */
    private void renewLease(long bulkSendId) {
        em.createNativeQuery("UPDATE bulk_send SET lease_until = ?1 WHERE id = ?2 AND lease_until IS NOT NULL")
                .setParameter(1, leaseEnd())
                .setParameter(2, bulkSendId)
                .executeUpdate();
    }

    /** Called when a run ends, however it ends: nobody needs to take the send over. */
    public void releaseLease(long bulkSendId) {
        em.createNativeQuery("UPDATE bulk_send SET lease_until = NULL WHERE id = ?1")
                .setParameter(1, bulkSendId)
                .executeUpdate();
    }

    /**
     * Starts a run of the send's job. The send is written as running first, which locks its row until this transaction
     * commits: the job's first chunk waits for that instead of finding a restarted send still stopped.
     */
    private void run(BulkSend send) {
        send.resume(leaseEnd());
        em.flush();
        send.ranAs(jobs.start(send.kind(), send.id()));
    }

    private OffsetDateTime leaseEnd() {
        return now().plus(lease);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public BulkSendData get(String bulkSendId) {
        return progress(entity(bulkSendId));
    }

    public Optional<BulkSendData> find(String bulkSendId) {
        return EntityIds.parse(bulkSendId)
                .map(key -> em.find(BulkSend.class, key))
                .map(this::progress);
    }

    public List<BulkSendData> all() {
        return progress(em.createNamedQuery(BulkSend.ALL, BulkSend.class).getResultList());
    }

    /** The reader's items: the recipients in the order they are texted. */
    public List<String> recipients(long bulkSendId) {
        return List.copyOf(em.find(BulkSend.class, bulkSendId).recipientIds());
    }

    /**
     * The job's writer's work, in the chunk's transaction: composes each recipient's text with their own merge fields
     * and queues it, once per send; recipients an earlier run did already are left alone, and one who cannot be texted
     * is recorded as skipped with the reason. A chunk reads each kind of row it needs with one query.
     * <p>
     * The send's row stays locked until the chunk commits, so a stop either comes first and the chunk queues nothing
     * (its recipients wait for a restart), or waits and takes the chunk's texts that the outbox has not claimed yet
     * out again with the rest. A run that was started a moment ago is waited for too (see {@link #run}).
     */
    public void queue(long bulkSendId, List<String> recipientIds) {
        if (em.find(BulkSend.class, bulkSendId, LockModeType.PESSIMISTIC_WRITE).stopped()) {
            return;
        }
        BulkMessage send = em.createNamedQuery(BulkSend.MESSAGE, BulkMessage.class)
                .setParameter("id", bulkSendId)
                .getSingleResult();
        renewLease(bulkSendId);
        Set<String> done = recorded(bulkSendId, recipientIds);
        List<BulkItem> items = texts.compose(
                send, recipientIds.stream().filter(id -> !done.contains(id)).toList());
        List<BulkItem> toText =
                items.stream().filter(item -> item.skipReason() == null).toList();
        OffsetDateTime now = now();
        Map<String, Conversation> byNumber = conversations.openFor(
                send.lineId(), toText.stream().map(BulkItem::to).toList(), now);
        List<TextToQueue> textsToQueue = toText.stream()
                .map(item -> new TextToQueue(byNumber.get(item.to()), item.body(), item.media()))
                .toList();
        SendOptions options = send.marketing() ? SendOptions.MARKETING : SendOptions.IN_TEXTING_HOURS;
        List<MessageData> queued = send.startsAfter(now)
                ? outbox.scheduleAll(
                        textsToQueue, MessageKind.TEXT, send.authorId(), options.purpose(), send.sendAt(), now)
                : outbox.queueAll(textsToQueue, MessageKind.TEXT, send.authorId(), options, now);
        Map<String, Long> messageIdByRecipient = new HashMap<>();
        for (int index = 0; index < toText.size(); index++) {
            messageIdByRecipient.put(
                    toText.get(index).recipientId(),
                    Long.valueOf(queued.get(index).id()));
        }
        em.flush(); // the messages' rows first: a recipient's row refers to its message
        for (BulkItem item : items) {
            em.persist(new BulkRecipient(
                    bulkSendId, item.recipientId(), messageIdByRecipient.get(item.recipientId()), item.skipReason()));
        }
    }

    /** Those of these recipients the send has queued or skipped already (by an earlier run of it). */
    private Set<String> recorded(long bulkSendId, List<String> recipientIds) {
        return Set.copyOf(em.createQuery(
                        "SELECT r.recipientId FROM BulkRecipient r WHERE r.bulkSendId = :id AND r.recipientId IN :recipients",
                        String.class)
                .setParameter("id", bulkSendId)
                .setParameter("recipients", recipientIds)
                .getResultList());
    }

    /** Checks the message and its time first, then who gets it. */
    private String create(BulkSendKind kind, Supplier<List<String>> recipientsOf, BulkSendRequest request) {
        long line = Long.parseLong(validLine(request.lineId()));
        Long template = request.templateId() == null ? null : Long.valueOf(validTemplate(request.templateId()));
        String text = request.body() == null || request.body().isBlank()
                ? null
                : TemplateService.body("body", request.body());
        if (template == null && text == null) {
            throw new ValidationException("body", "write a message or pick a template");
        }
        MergeFields.requireKnown("body", text);
        SendTimes.requireFuture(request.sendAt(), clock);
        List<String> recipients = recipientsOf.get();
        String authorId = request.authorLoginId() == null
                ? null
                : employees
                        .findByLoginId(request.authorLoginId())
                        .map(EmployeeData::id)
                        .orElse(null);
        boolean marketing = request.marketing()
                || (template != null && templates.get(request.templateId()).marketing());
        BulkSend send = new BulkSend(
                new BulkMessage(kind, line, template, text, authorId, marketing, request.sendAt()), recipients, now());
        em.persist(send);
        em.flush();
        return send.apiId();
    }

    private BulkSendData progress(BulkSend send) {
        return progress(List.of(send)).get(0);
    }

    /** Where these sends stand: their recipients are counted by their texts' delivery status, in one query for all. */
    private List<BulkSendData> progress(List<BulkSend> sends) {
        Map<Long, Map<DeliveryStatus, Integer>> recipientsByStatus = new HashMap<>();
        if (!sends.isEmpty()) {
            for (Object[] row : em.createQuery(
                            "SELECT r.bulkSendId, m.deliveryStatus, COUNT(r) FROM BulkRecipient r LEFT JOIN Message m ON m.id = r.messageId"
                                    + " WHERE r.bulkSendId IN :ids GROUP BY r.bulkSendId, m.deliveryStatus",
                            Object[].class)
                    .setParameter("ids", sends.stream().map(BulkSend::id).toList())
                    .getResultList()) {
                // a recipient skipped before a text was written for them (gone, no mobile) has no message
                DeliveryStatus status = row[1] == null ? DeliveryStatus.SKIPPED : (DeliveryStatus) row[1];
                recipientsByStatus
                        .computeIfAbsent((Long) row[0], id -> new EnumMap<>(DeliveryStatus.class))
                        .merge(status, ((Number) row[2]).intValue(), Integer::sum);
            }
        }
        return sends.stream()
                .map(send -> progress(send, recipientsByStatus.getOrDefault(send.id(), Map.of())))
                .toList();
    }

    private BulkSendData progress(BulkSend send, Map<DeliveryStatus, Integer> recipientsByStatus) {
        int sent = count(recipientsByStatus, SENT);
        int skipped = count(recipientsByStatus, EnumSet.of(DeliveryStatus.SKIPPED));
        int failed = count(recipientsByStatus, FAILED);
        boolean pending = count(recipientsByStatus, PENDING) > 0;
        Long execution = send.jobExecutionId();
        BatchStatus job = execution == null ? BatchStatus.STARTING : jobs.status(execution);
        BulkSendStatus status = BulkSendStatus.of(job, pending, send.stopped());
        OffsetDateTime ended = status == BulkSendStatus.COMPLETED
                        || status == BulkSendStatus.STOPPED
                        || status == BulkSendStatus.FAILED
                ? jobs.endedAt(execution).orElse(null)
                : null;
        return new BulkSendData(
                send.apiId(),
                send.kind(),
                status,
                send.recipientIds().size(),
                sent,
                skipped,
                failed,
                send.createdAt(),
                send.sendAt(),
                ended,
                execution);
    }

    private static int count(Map<DeliveryStatus, Integer> recipientsByStatus, Set<DeliveryStatus> statuses) {
        return statuses.stream()
                .mapToInt(status -> recipientsByStatus.getOrDefault(status, 0))
                .sum();
    }

    private String validLine(String lineId) {
        try {
            return lines.get(lineId).id();
        } catch (NotFoundException unknown) {
            throw new ValidationException("lineId", "no line has the id " + lineId);
        }
    }

    private String validTemplate(String templateId) {
        try {
            return templates.get(templateId).id();
        } catch (NotFoundException unknown) {
            throw new ValidationException("templateId", "no template has the id " + templateId);
        }
    }

    private BulkSend entity(String id) {
        return EntityIds.parse(id)
                .map(key -> em.find(BulkSend.class, key))
                .orElseThrow(() -> new NotFoundException("Bulk send", id));
    }
}
