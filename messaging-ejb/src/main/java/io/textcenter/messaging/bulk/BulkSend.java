package io.textcenter.messaging.bulk;

import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.persistence.LinesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;

/** A request to text many recipients the same message, each with their own merge fields. */
@Entity
@Table(name = "bulk_send")
@NamedQuery(name = BulkSend.ALL, query = "SELECT b FROM BulkSend b ORDER BY b.createdAt DESC, b.id DESC")
@NamedQuery(
        name = BulkSend.ABANDONED,
        query = "SELECT b FROM BulkSend b WHERE b.stopped = false AND b.leaseUntil < :now")
@NamedQuery(
        name = BulkSend.MESSAGE,
        query =
                "SELECT NEW io.textcenter.messaging.bulk.BulkMessage(b.kind, b.lineId, b.templateId, b.body, b.authorId,"
                        + " b.marketing, b.sendAt)"
                        + " FROM BulkSend b WHERE b.id = :id")
public class BulkSend {

    static final String ALL = "BulkSend.all";
    static final String ABANDONED = "BulkSend.abandoned";
    /** The send without its recipients, which a chunk need not read (100,000 ids are a lot to split per chunk). */
    static final String MESSAGE = "BulkSend.message";

    @Id
    @SequenceGenerator(name = "bulk_send_seq", sequenceName = "bulk_send_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_send_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private BulkSendKind kind;

    @Column(name = "line_id")
    private long lineId;

    @Column(name = "template_id")
    private Long templateId;

    private String body;

    /** Appointment ids (customer sends) or employee ids, in the order they are texted. */
    @Column(name = "recipient_ids")
    @Convert(converter = LinesConverter.class)
    private List<String> recipientIds;

    @Column(name = "author_id")
    private String authorId;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    /**
     * Until when the instance running the job counts as alive (renewed with every chunk, cleared when the job ends);
     * past it, with the job unfinished, the instance is taken for dead and another one runs the send again.
     */
    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    /** Marketing: texted only to numbers with marketing consent. */
    private boolean marketing;

    /** When the texts go out (SCHEDULED until then); null: at once. */
    @Column(name = "send_at")
    private OffsetDateTime sendAt;

    /** Stopped by someone; a restart clears it. */
    private boolean stopped;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected BulkSend() {
        // for JPA
    }

    BulkSend(BulkMessage message, List<String> recipientIds, OffsetDateTime at) {
        this.kind = message.kind();
        this.lineId = message.lineId();
        this.templateId = message.templateId();
        this.body = message.body();
        this.authorId = message.authorId();
        this.marketing = message.marketing();
        this.sendAt = message.sendAt();
        this.recipientIds = recipientIds;
        this.createdAt = at;
    }

    /** About to run again (or for the first time): not stopped, and leased by this instance until then. */
    void resume(OffsetDateTime leasedUntil) {
        leaseUntil = leasedUntil;
        stopped = false;
    }

    void ranAs(long executionId) {
        jobExecutionId = executionId;
    }

    /** Whether an instance running the job was alive at {@code time}. */
    boolean leasedAt(OffsetDateTime time) {
        return leaseUntil != null && leaseUntil.isAfter(time);
    }

    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }

    long id() {
        return id;
    }

    BulkSendKind kind() {
        return kind;
    }

    long lineId() {
        return lineId;
    }

    Long templateId() {
        return templateId;
    }

    String body() {
        return body;
    }

    List<String> recipientIds() {
        return recipientIds;
    }

    String authorId() {
        return authorId;
    }

    Long jobExecutionId() {
        return jobExecutionId;
    }

    OffsetDateTime sendAt() {
        return sendAt;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    String apiId() {
        return EntityIds.format(id);
    }
}
