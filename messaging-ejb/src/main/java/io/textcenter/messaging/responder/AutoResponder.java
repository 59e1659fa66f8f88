package io.textcenter.messaging.responder;

import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.persistence.LinesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** An automatic answer to received texts. */
@Entity
@Table(name = "auto_responder")
@NamedQuery(name = AutoResponder.ALL, query = "SELECT r FROM AutoResponder r ORDER BY r.id")
public class AutoResponder {

    static final String ALL = "AutoResponder.all";

    @Id
    @SequenceGenerator(name = "auto_responder_seq", sequenceName = "auto_responder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auto_responder_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "responder_type")
    private AutoResponderType type;

    private String keyword;

    private String message;

    @Column(name = "line_ids")
    @Convert(converter = LinesConverter.class)
    private List<String> lineIds;

    @Column(name = "schedule_days")
    @Convert(converter = LinesConverter.class)
    private List<String> scheduleDays;

    @Column(name = "opens_at")
    private String opensAt;

    @Column(name = "closes_at")
    private String closesAt;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "include_vcard")
    private boolean includeVCard;

    @Column(name = "image_urls")
    @Convert(converter = LinesConverter.class)
    private List<String> imageUrls;

    private boolean active;

    protected AutoResponder() {
        // for JPA
    }

    AutoResponder(AutoResponderData data) {
        update(data);
    }

    void update(AutoResponderData data) {
        type = data.type();
        keyword = data.keyword();
        message = data.message();
        lineIds = data.lineIds();
        Schedule schedule = data.schedule();
        scheduleDays = schedule == null ? List.of() : schedule.dayNames();
        opensAt = schedule == null ? null : schedule.opensAtText();
        closesAt = schedule == null ? null : schedule.closesAtText();
        timeZone = schedule == null ? null : schedule.zone().getId();
        includeVCard = data.includeVCard();
        imageUrls = data.imageUrls();
        active = data.active();
    }

    AutoResponderData toData() {
        Schedule schedule = null;
        if (opensAt != null) {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            scheduleDays.forEach(day -> days.add(DayOfWeek.valueOf(day)));
            schedule = new Schedule(days, LocalTime.parse(opensAt), LocalTime.parse(closesAt), ZoneId.of(timeZone));
        }
        return new AutoResponderData(
                EntityIds.format(id),
                type,
                keyword,
                message,
                List.copyOf(lineIds),
                schedule,
                includeVCard,
                List.copyOf(imageUrls),
                active);
    }
}
