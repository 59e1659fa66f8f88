// A text's attachments: pictures shown, anything else a link (the module serves each with safe headers).
import { h } from './dom.js';

/** The list of a message's attachments, or null when it has none. */
export function attachmentList(attachments) {
  return attachments.length ? h('ul', { class: 'attachments' }, attachments.map(attachmentItem)) : null;
}

function attachmentItem(attachment) {
  const isImage = attachment.contentType.startsWith('image/');
  return h('li', {},
    h('a', { href: attachment.url, target: '_blank', rel: 'noopener' },
      isImage ? h('img', { src: attachment.url, alt: `Image attachment (${attachment.contentType})`, loading: 'lazy' })
        : `Attachment (${attachment.contentType})`));
}
