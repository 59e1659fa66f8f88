package io.textcenter.messaging.inbound;

/** What makes a conversation one: a line and the number (or sender id) it texts with. */
record ConversationKey(long lineId, String number) {}
