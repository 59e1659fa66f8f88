package io.textcenter.messaging.audit;

import io.textcenter.messaging.persistence.EntityIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change, as it was recorded: it has no setters. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    private OffsetDateTime at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String subject;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(OffsetDateTime at, String actor, AuditAction action, String subject, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    AuditEntryData toData() {
        return new AuditEntryData(EntityIds.format(id), at, actor, action, subject, before, after);
    }
}
