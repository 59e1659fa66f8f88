package io.textcenter.messaging.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A picture or file of a message: the carrier's URL for a received MMS, the public URL sent for an outbound one. */
@Entity
@Table(name = "attachment")
@NamedQuery(
        name = Attachment.OF_MESSAGES,
        query = "SELECT a, m.direction FROM Attachment a, Message m"
                + " WHERE m.id = a.messageId AND a.messageId IN :ids ORDER BY a.messageId, a.position")
@NamedQuery(
        name = Attachment.BY_ID,
        query = "SELECT a, m.direction FROM Attachment a, Message m WHERE m.id = a.messageId AND a.id = :id")
public class Attachment {

    static final String OF_MESSAGES = "Attachment.ofMessages";
    static final String BY_ID = "Attachment.byId";

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "message_id")
    private long messageId;

    private int position;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(name = "content_type")
    private String contentType;

    protected Attachment() {
        // for JPA
    }

    Attachment(long messageId, int position, String sourceUrl, String contentType) {
        this.messageId = messageId;
        this.position = position;
        this.sourceUrl = sourceUrl;
        this.contentType = contentType;
    }

    AttachmentData toData(MessageDirection direction) {
        return new AttachmentData(
                Long.toString(id),
                Long.toString(messageId),
                sourceUrl,
                contentType,
                direction == MessageDirection.INBOUND);
    }
}
