package io.textcenter.messaging.settings;

import io.textcenter.messaging.persistence.EntityIds;
import jakarta.persistence.Column;
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

/** A sending number (a Twilio number, or the Basic Text Messaging number). */
@Entity
@Table(name = "sender_line")
@NamedQuery(name = SenderLine.ALL, query = "SELECT l FROM SenderLine l ORDER BY l.description, l.id")
@NamedQuery(name = SenderLine.BY_PHONE_NUMBER, query = "SELECT l FROM SenderLine l WHERE l.phoneNumber = :phoneNumber")
public class SenderLine {

    static final String ALL = "SenderLine.all";
    static final String BY_PHONE_NUMBER = "SenderLine.byPhoneNumber";

    @Id
    @SequenceGenerator(name = "sender_line_seq", sequenceName = "sender_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sender_line_seq")
    private Long id;

    @Version
    private long version;

    private String description;

    @Column(name = "phone_number")
    private String phoneNumber;

    @Enumerated(EnumType.STRING)
    private LineKind kind;

    private boolean active;

    @Column(name = "messages_per_second")
    private double messagesPerSecond;

    protected SenderLine() {
        // for JPA
    }

    SenderLine(SenderLineData data) {
        update(data);
    }

    void update(SenderLineData data) {
        this.description = data.description();
        this.phoneNumber = data.phoneNumber();
        this.kind = data.kind();
        this.active = data.active();
        this.messagesPerSecond = data.messagesPerSecond();
    }

    SenderLineData toData() {
        return new SenderLineData(EntityIds.format(id), description, phoneNumber, kind, active, messagesPerSecond);
    }
}
