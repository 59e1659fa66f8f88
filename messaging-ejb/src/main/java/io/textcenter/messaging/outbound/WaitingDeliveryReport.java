package io.textcenter.messaging.outbound;

import io.textcenter.messaging.delivery.DeliveryStatus;
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

/** A carrier's status report for a MessageSid no text has yet: kept until that text's record lands. */
@Entity
@Table(name = "delivery_report")
class WaitingDeliveryReport {

    @Id
    @SequenceGenerator(name = "delivery_report_seq", sequenceName = "delivery_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_report_seq")
    private Long id;

    @Column(name = "carrier_sid")
    private String carrierSid;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    protected WaitingDeliveryReport() {
        // for JPA
    }

    WaitingDeliveryReport(String carrierSid, DeliveryStatus status, String errorCode, OffsetDateTime receivedAt) {
        this.carrierSid = carrierSid;
        this.status = status;
        this.errorCode = errorCode;
        this.receivedAt = receivedAt;
    }

    String carrierSid() {
        return carrierSid;
    }

    DeliveryStatus status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }
}
