package io.textcenter.messaging.conversation;

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
import java.time.OffsetDateTime;

/** The thread between one of the company's lines and one outside number. */
@Entity
@Table(name = "conversation")
@NamedQuery(
        name = Conversation.BY_LINE_AND_NUMBER,
        query = "SELECT c FROM Conversation c WHERE c.lineId = :lineId AND c.externalNumber = :number")
@NamedQuery(
        name = Conversation.BY_LINE_AND_NUMBERS,
        query = "SELECT c FROM Conversation c WHERE c.lineId = :lineId AND c.externalNumber IN :numbers")
@NamedQuery(name = Conversation.BY_IDS, query = "SELECT c FROM Conversation c WHERE c.id IN :ids")
@NamedQuery(
        name = Conversation.OF_CUSTOMERS,
        query = "SELECT c FROM Conversation c WHERE c.customerId IN :ids ORDER BY c.lastMessageAt DESC, c.id DESC")
@NamedQuery(
        name = Conversation.OF_EMPLOYEES,
        query = "SELECT c FROM Conversation c WHERE c.employeeId IN :ids ORDER BY c.lastMessageAt DESC, c.id DESC")
@NamedQuery(
        name = Conversation.LINK_CUSTOMER,
        query =
                "UPDATE Conversation c SET c.customerId = :customerId WHERE c.externalNumber = :number AND c.customerId IS NULL")
@NamedQuery(
        name = Conversation.LINK_EMPLOYEE,
        query =
                "UPDATE Conversation c SET c.employeeId = :employeeId WHERE c.externalNumber = :number AND c.employeeId IS NULL")
public class Conversation {

    static final String BY_LINE_AND_NUMBER = "Conversation.byLineAndNumber";
    static final String BY_LINE_AND_NUMBERS = "Conversation.byLineAndNumbers";
    static final String BY_IDS = "Conversation.byIds";
    static final String OF_CUSTOMERS = "Conversation.ofCustomers";
    static final String OF_EMPLOYEES = "Conversation.ofEmployees";
    static final String LINK_CUSTOMER = "Conversation.linkCustomer";
    static final String LINK_EMPLOYEE = "Conversation.linkEmployee";

    @Id
    @SequenceGenerator(name = "conversation_seq", sequenceName = "conversation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "line_id")
    private long lineId;

    @Column(name = "external_number")
    private String externalNumber;

    @Enumerated(EnumType.STRING)
    private ConversationStatus status;

    @Column(name = "claimed_by_id")
    private String claimedById;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "employee_id")
    private String employeeId;

    @Column(name = "last_message_at")
    private OffsetDateTime lastMessageAt;

    protected Conversation() {
        // for JPA
    }

    Conversation(long lineId, String externalNumber, String customerId, String employeeId, OffsetDateTime now) {
        this.lineId = lineId;
        this.externalNumber = externalNumber;
        this.customerId = customerId;
        this.employeeId = employeeId;
        this.status = ConversationStatus.NEW;
        this.lastMessageAt = now;
    }

    /** A new message arrived or left: the conversation moves up the inbox. */
    void touch(OffsetDateTime at) {
        if (at.isAfter(lastMessageAt)) {
            lastMessageAt = at;
        }
    }

    /** A customer wrote to a resolved conversation: it is open again, unclaimed. Returns whether it was resolved. */
    boolean reopenIfResolved() {
        if (status != ConversationStatus.RESOLVED) {
            return false;
        }
        status = ConversationStatus.NEW;
        claimedById = null;
        return true;
    }

    /** Taken by an employee (CLAIMED); returns the employee who held it before, if another one did. */
    String claim(String employeeId) {
        String previous = status == ConversationStatus.CLAIMED && !employeeId.equals(claimedById) ? claimedById : null;
        status = ConversationStatus.CLAIMED;
        claimedById = employeeId;
        return previous;
    }

    ConversationStatus status() {
        return status;
    }

    String claimedById() {
        return claimedById;
    }

    void resolve() {
        status = ConversationStatus.RESOLVED;
    }

    void reopen() {
        status = ConversationStatus.NEW;
        claimedById = null;
    }

    void tieTo(String customerId) {
        this.customerId = customerId;
    }

    public long id() {
        return id;
    }

    public long lineId() {
        return lineId;
    }

    public String externalNumber() {
        return externalNumber;
    }

    public ConversationData toData() {
        return new ConversationData(
                EntityIds.format(id),
                EntityIds.format(lineId),
                externalNumber,
                status,
                claimedById,
                customerId,
                employeeId,
                lastMessageAt);
    }
}
