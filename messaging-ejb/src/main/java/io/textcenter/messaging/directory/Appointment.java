package io.textcenter.messaging.directory;

import io.textcenter.messaging.api.AppointmentData;
import io.textcenter.messaging.api.AppointmentStatus;
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

/** An appointment of the standalone directory. Customer and technician are referenced by id (foreign keys). */
@Entity
@Table(name = "appointment")
@NamedQuery(
        name = Appointment.STARTING_BETWEEN,
        query = "SELECT a FROM Appointment a WHERE a.start >= :from AND a.start < :to ORDER BY a.start, a.id")
@NamedQuery(name = Appointment.BY_IDS, query = "SELECT a FROM Appointment a WHERE a.id IN :ids")
@NamedQuery(
        name = Appointment.NEXT_OF_CUSTOMER,
        query = "SELECT a FROM Appointment a WHERE a.customerId = :customerId"
                + " AND a.start > :after AND a.status <> :canceled ORDER BY a.start, a.id")
public class Appointment {

    static final String STARTING_BETWEEN = "Appointment.startingBetween";
    static final String BY_IDS = "Appointment.byIds";
    static final String NEXT_OF_CUSTOMER = "Appointment.nextOfCustomer";

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "technician_id")
    private Long technicianId;

    @Column(name = "starts_at")
    private OffsetDateTime start;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    @Column(name = "pre_notification")
    private String preNotification;

    protected Appointment() {
        // for JPA
    }

    Appointment(AppointmentData data) {
        update(data);
    }

    void update(AppointmentData data) {
        this.customerId = Long.parseLong(data.customerId());
        this.technicianId = data.technicianId() == null ? null : Long.valueOf(data.technicianId());
        this.start = data.start();
        this.status = data.status();
        this.preNotification = data.preNotification();
    }

    AppointmentData toData() {
        return new AppointmentData(
                EntityIds.format(id),
                EntityIds.format(customerId),
                technicianId == null ? null : EntityIds.format(technicianId),
                start,
                status,
                preNotification);
    }
}
