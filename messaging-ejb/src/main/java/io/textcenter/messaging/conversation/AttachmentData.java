package io.textcenter.messaging.conversation;

/**
 * An attachment as callers see it.
 *
 * @param carrierHosted the source URL is the carrier's and needs the account's credentials (received MMS)
 */
public record AttachmentData(
        String id, String messageId, String sourceUrl, String contentType, boolean carrierHosted) {}
