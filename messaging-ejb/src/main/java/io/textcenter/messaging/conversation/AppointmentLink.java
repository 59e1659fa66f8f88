package io.textcenter.messaging.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A conversation tied to an appointment (its documentation). */
@Entity
@Table(name = "conversation_appointment")
@IdClass(AppointmentLink.Key.class)
@NamedQuery(
        name = AppointmentLink.OF_CONVERSATIONS,
        query = "SELECT l FROM AppointmentLink l WHERE l.conversationId IN :ids ORDER BY l.appointmentId")
public class AppointmentLink {

    static final String OF_CONVERSATIONS = "AppointmentLink.ofConversations";

    @Id
    @Column(name = "conversation_id")
    private long conversationId;

    @Id
    @Column(name = "appointment_id")
    private String appointmentId;

    protected AppointmentLink() {
        // for JPA
    }

    AppointmentLink(long conversationId, String appointmentId) {
        this.conversationId = conversationId;
        this.appointmentId = appointmentId;
    }

    long conversationId() {
        return conversationId;
    }

    String appointmentId() {
        return appointmentId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private long conversationId;
        private String appointmentId;

        public Key() {
            // for JPA
        }

        Key(long conversationId, String appointmentId) {
            this.conversationId = conversationId;
            this.appointmentId = appointmentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.conversationId == conversationId
                    && Objects.equals(key.appointmentId, appointmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, appointmentId);
        }
    }
}
