package io.textcenter.messaging.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One recipient of a bulk send: the text queued for them, or why they were skipped. At most one per send. */
@Entity
@Table(name = "bulk_recipient")
@IdClass(BulkRecipient.Key.class)
public class BulkRecipient {

    @Id
    @Column(name = "bulk_send_id")
    private long bulkSendId;

    @Id
    @Column(name = "recipient_id")
    private String recipientId;

    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "skip_reason")
    private String skipReason;

    protected BulkRecipient() {
        // for JPA
    }

    BulkRecipient(long bulkSendId, String recipientId, Long messageId, String skipReason) {
        this.bulkSendId = bulkSendId;
        this.recipientId = recipientId;
        this.messageId = messageId;
        this.skipReason = skipReason;
    }

    /** The text queued for this recipient; null when none was (a recipient skipped before it was written). */
    Long messageId() {
        return messageId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private long bulkSendId;
        private String recipientId;

        public Key() {
            // for JPA
        }

        Key(long bulkSendId, String recipientId) {
            this.bulkSendId = bulkSendId;
            this.recipientId = recipientId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.bulkSendId == bulkSendId
                    && Objects.equals(key.recipientId, recipientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bulkSendId, recipientId);
        }
    }
}
