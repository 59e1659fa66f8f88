// A conversation's status as a badge: colour plus words (NEW, CLAIMED by ..., RESOLVED), never colour alone.
import { h } from './dom.js';

export function statusBadge(conversation) {
  const claimer = conversation.status === 'CLAIMED' && conversation.claimedBy ? ` by ${conversation.claimedBy.name}` : '';
  return h('span', { class: `badge badge-${conversation.status.toLowerCase()}` }, conversation.status + claimer);
}

export function unreviewedBadge(count) {
  return count > 0 ? h('span', { class: 'badge badge-unreviewed' }, `${count} unreviewed`) : null;
}
