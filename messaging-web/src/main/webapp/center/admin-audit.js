// Administration: the audit trail, newest first: who changed what and when, with the values before and after.
import { gql } from './graphql.js';
import { read } from './alerts.js';
import { h, field, select, uid, fill, table } from './dom.js';
import { formatDateTime } from './format.js';

const LOG = `query Audit($filter: AuditFilter, $after: String) {
  auditLog(filter: $filter, first: 50, after: $after) { items { id at actor action subject before after } nextCursor } }`;
const ACTIONS = [['', 'Any change'], ...[
  'TWILIO_ACCOUNT_CHANGED', 'SENDER_LINE_SAVED', 'COMPANY_SETTINGS_CHANGED', 'QUIET_HOURS_CHANGED', 'TEMPLATE_SAVED',
  'TEMPLATE_DELETED', 'AUTO_RESPONDER_SAVED', 'AUTO_RESPONDER_DELETED', 'NOTIFICATION_SETTING_SAVED',
  'CONVERSATION_CLAIMED', 'CONVERSATION_TAKEN_OVER', 'CONVERSATION_RESOLVED', 'CONVERSATION_REOPENED',
  'CONVERSATION_REVIEWED', 'MESSAGE_REVIEWED', 'CONVERSATION_LINKED_TO_CUSTOMER', 'CONVERSATION_LINKED_TO_APPOINTMENT',
  'TEXT_SCHEDULED', 'SCHEDULED_TEXT_CANCELED',
].map((action) => [action, action.toLowerCase().replaceAll('_', ' ')])];

export function createAuditAdmin() {
  let entries = [];
  let nextCursor = null;
  const action = select(ACTIONS, '', { onchange: () => load() });
  const actor = h('input', { type: 'text', autocomplete: 'off', onchange: () => load() });
  const list = h('div');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true, onclick: () => load(nextCursor) }, 'Older entries');
  const heading = h('h2', { id: uid('audit'), tabindex: -1 }, 'Audit trail');
  const element = h('section', { class: 'page', 'aria-labelledby': heading.id }, heading,
    h('p', { class: 'hint' }, 'Every change to the settings and every inbox action, newest first. Entries cannot be'
      + ' changed or deleted, and never hold a secret.'),
    h('div', { class: 'filters' }, field('Change', action), field('By login', actor)),
    list, more);

  async function load(after = null) {
    const filter = { actions: action.value ? [action.value] : null, actor: actor.value.trim() || null };
    const data = await read(() => gql(LOG, { filter, after }));
    if (!data) return;
    entries = after ? [...entries, ...data.auditLog.items] : data.auditLog.items;
    nextCursor = data.auditLog.nextCursor;
    more.hidden = !nextCursor;
    fill(list, table('Changes, newest first', ['When', 'Who', 'Change', 'Of', 'Before', 'After'],
      entries.map((entry) => [
        h('time', { datetime: entry.at }, formatDateTime(entry.at)), entry.actor, entry.action.toLowerCase().replaceAll('_', ' '),
        entry.subject ?? '', value(entry.before), value(entry.after),
      ])));
  }

  return { element, show: () => load(), focus: () => heading.focus() };
}

function value(json) {
  return json ? h('code', { class: 'audit-value' }, json) : '';
}
