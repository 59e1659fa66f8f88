package io.textcenter.messaging.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The one row of the reconciliation: up to when the carrier's log has been read, and who reads it now until when. */
@Entity
@Table(name = "reconciliation")
class LogReading {

    static final int THE_ONE = 1;

    @Id
    private int id;

    @Column(name = "read_up_to")
    private OffsetDateTime readUpTo;

    @Column(name = "leased_until")
    private OffsetDateTime leasedUntil;

    @Column(name = "leased_by")
    private String leasedBy;

    protected LogReading() {
        // for JPA
    }

    OffsetDateTime readUpTo() {
        return readUpTo;
    }
}
