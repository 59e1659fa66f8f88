package io.textcenter.messaging.consent;

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

/** Marketing consent given or withdrawn for a number: the history is kept, the latest event decides. */
@Entity
@Table(name = "marketing_consent")
class MarketingConsentEvent {

    @Id
    @SequenceGenerator(name = "marketing_consent_seq", sequenceName = "marketing_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "marketing_consent_seq")
    private Long id;

    @Column(name = "phone_number")
    private String phoneNumber;

    private OffsetDateTime at;

    private boolean given;

    @Enumerated(EnumType.STRING)
    private ConsentSource source;

    private String wording;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected MarketingConsentEvent() {
        // for JPA
    }

    MarketingConsentEvent(
            String phoneNumber,
            OffsetDateTime at,
            boolean given,
            ConsentSource source,
            String wording,
            String note,
            String recordedBy) {
        this.phoneNumber = phoneNumber;
        this.at = at;
        this.given = given;
        this.source = source;
        this.wording = wording;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    String phoneNumber() {
        return phoneNumber;
    }

    boolean given() {
        return given;
    }

    MarketingConsentData toData() {
        return new MarketingConsentData(at, given, source, wording, note, recordedBy);
    }
}
