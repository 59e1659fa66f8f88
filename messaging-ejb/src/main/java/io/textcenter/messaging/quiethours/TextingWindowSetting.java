package io.textcenter.messaging.quiethours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/** The company's texting window (one row, created by the migration). */
@Entity
@Table(name = "texting_window")
class TextingWindowSetting {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    protected TextingWindowSetting() {
        // for JPA
    }

    TextingWindow window() {
        return new TextingWindow(opensAt, closesAt);
    }

    void set(TextingWindow window) {
        opensAt = window.opensAt();
        closesAt = window.closesAt();
    }
}
