package io.textcenter.messaging.template;

import io.textcenter.messaging.persistence.EntityIds;
import io.textcenter.messaging.persistence.LinesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** A reusable message an administrator prepared. */
@Entity
@Table(name = "message_template")
@NamedQuery(name = MessageTemplate.ALL, query = "SELECT t FROM MessageTemplate t ORDER BY t.description")
@NamedQuery(
        name = MessageTemplate.BY_DESCRIPTION,
        query = "SELECT t FROM MessageTemplate t WHERE LOWER(t.description) = LOWER(:description)")
public class MessageTemplate {

    static final String ALL = "MessageTemplate.all";
    static final String BY_DESCRIPTION = "MessageTemplate.byDescription";

    @Id
    @SequenceGenerator(name = "message_template_seq", sequenceName = "message_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_template_seq")
    private Long id;

    @Version
    private long version;

    private String description;

    private String body;

    @Column(name = "line_id")
    private Long lineId;

    @Column(name = "optional_url")
    private String optionalUrl;

    @Column(name = "include_portal_link")
    private boolean includePortalLink;

    @Column(name = "include_vcard")
    private boolean includeVCard;

    @Column(name = "image_urls")
    @Convert(converter = LinesConverter.class)
    private List<String> imageUrls;

    private boolean marketing;

    protected MessageTemplate() {
        // for JPA
    }

    MessageTemplate(TemplateData data) {
        update(data);
    }

    void update(TemplateData data) {
        description = data.description();
        body = data.body();
        lineId = data.lineId() == null ? null : Long.valueOf(data.lineId());
        optionalUrl = data.optionalUrl();
        includePortalLink = data.includePortalLink();
        includeVCard = data.includeVCard();
        imageUrls = data.imageUrls();
        marketing = data.marketing();
    }

    TemplateData toData() {
        return new TemplateData(
                EntityIds.format(id),
                description,
                body,
                lineId == null ? null : EntityIds.format(lineId),
                optionalUrl,
                includePortalLink,
                includeVCard,
                List.copyOf(imageUrls),
                marketing);
    }
}
