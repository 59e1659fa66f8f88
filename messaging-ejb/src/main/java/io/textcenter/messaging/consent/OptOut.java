package io.textcenter.messaging.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A number that must not be texted. */
@Entity
@Table(name = "opt_out")
public class OptOut {

    @Id
    @Column(name = "phone_number")
    private String phoneNumber;

    @Column(name = "opted_out_at")
    private OffsetDateTime optedOutAt;

    /** What recorded it: the person's keyword, or the carrier's error. */
    private String source;

    protected OptOut() {
        // for JPA
    }

    OptOut(String phoneNumber, OffsetDateTime optedOutAt, String source) {
        this.phoneNumber = phoneNumber;
        this.optedOutAt = optedOutAt;
        this.source = source;
    }
}
