/**
 * Templates and what is sent: merge fields, rendering for a recipient, the URL and portal link, images and the vCard.
 * Knows no conversations: callers give it the merge context.
 */
package io.textcenter.messaging.template;
