package io.textcenter.messaging.template;

import java.util.List;

/**
 * A message template.
 *
 * @param description the template's name in pickers (unique; customers never see it)
 * @param lineId      the line it is sent from by default; null for the caller's choice
 * @param imageUrls   up to three images sent with it as MMS
 * @param marketing   a marketing template: what is sent from it goes only to numbers with marketing consent
 */
public record TemplateData(
        String id,
        String description,
        String body,
        String lineId,
        String optionalUrl,
        boolean includePortalLink,
        boolean includeVCard,
        List<String> imageUrls,
        boolean marketing) {}
