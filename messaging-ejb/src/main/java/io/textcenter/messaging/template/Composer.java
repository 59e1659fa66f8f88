package io.textcenter.messaging.template;

import io.textcenter.messaging.conversation.MediaItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Turns a message body (a template's, a responder's, a notification's) into what is sent: merge fields filled, the
 * optional URL and the customer-portal link appended, images and the company vCard as media of one MMS.
 */
@ApplicationScoped
public class Composer {

    private static final Logger LOG = Logger.getLogger(Composer.class.getName());
    private static final String VCARD_TYPE = "text/vcard";

    @Inject
    VCards vCards;

    /** A template as written, for this context. */
    public Composed compose(TemplateData template, MergeContext context) {
        return compose(textOf(template), template.includeVCard(), template.imageUrls(), context);
    }

    /** A template's text before merge fields are filled: its body, then its URL and portal link on lines of their own. */
    public static String textOf(TemplateData template) {
        StringBuilder text = new StringBuilder(template.body());
        if (template.optionalUrl() != null) {
            text.append('\n').append(template.optionalUrl());
        }
        if (template.includePortalLink()) {
            text.append("\n{").append(MergeField.PORTAL_LINK.token()).append('}');
        }
        return text.toString();
    }

    /** Any body with its extras. */
    public Composed compose(String body, boolean includeVCard, List<String> imageUrls, MergeContext context) {
        List<MediaItem> media =
                new ArrayList<>(imageUrls.stream().map(MediaItem::of).toList());
        if (includeVCard) {
            vCards.publicUrl()
                    .ifPresentOrElse(
                            url -> media.add(new MediaItem(url, VCARD_TYPE)),
                            () -> LOG.warning(
                                    "vCard left out: set the public base URL (updateTwilioSettings) so the carrier can fetch it"));
        }
        return new Composed(MergeFields.render(body, context), List.copyOf(media));
    }
}
