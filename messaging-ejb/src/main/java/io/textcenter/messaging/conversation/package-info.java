/**
 * The Text Messaging Center's conversations and their messages: one conversation per line and number, the inbox and its
 * paging, claim, whisper, resolve, reopen, review, links to customers and employees, attachments. Owns the message
 * rows; only the outbox moves an outbound message's delivery state (Message's claim, send and settle methods are its).
 */
package io.textcenter.messaging.conversation;
