/**
 * Templates and what is sent: merge fields, rendering for a recipient, segments (GSM-7 and UCS-2), the URL and portal
 * link, images and the vCard. Knows no conversations: callers give it the merge context.
 */
package io.textcenter.messaging.template;
