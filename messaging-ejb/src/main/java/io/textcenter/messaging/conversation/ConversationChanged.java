package io.textcenter.messaging.conversation;

/**
 * CDI event: something the inbox shows about a conversation changed (a message in or out, a delivery status, a claim,
 * a whisper, a resolve, a review, a link). Observed after commit to update live subscribers.
 */
public record ConversationChanged(long conversationId) {}
