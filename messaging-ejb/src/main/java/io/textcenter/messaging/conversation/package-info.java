/**
 * The Text Messaging Center's conversations and their messages: one conversation per line and number, the inbox and its
 * paging, claim, whisper, resolve, reopen, review, links to customers and employees, attachments. Owns the message
 * rows; a message's delivery state is the delivery package's, and only the outbox and the dispatch engine move it.
 */
package io.textcenter.messaging.conversation;
