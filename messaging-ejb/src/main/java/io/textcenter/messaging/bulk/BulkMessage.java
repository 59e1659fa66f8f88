package io.textcenter.messaging.bulk;

/**
 * What every recipient of a bulk send gets, from which line and author, and whether it is marketing: the send as its
 * job's chunks read it.
 */
public record BulkMessage(
        BulkSendKind kind, long lineId, Long templateId, String body, String authorId, boolean marketing) {}
