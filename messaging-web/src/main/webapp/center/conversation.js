// One conversation: its history, the agent's actions (claim, whisper, resolve/reopen, review) and the reply composer.
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, select, uid, debounce, replaceKeepingFocus, fill } from './dom.js';
import { formatDateTime } from './format.js';
import { statusBadge, unreviewedBadge } from './status-badge.js';
import { onConversationChanged, onResync } from './live.js';
import { createComposer } from './composer.js';
import { createCustomerForm } from './customer-link.js';
import { user } from './session.js';
import { messageBox } from './limits.js';
import { attachmentList } from './attachments.js';
import { createConsentPanel, CONSENT_FIELDS } from './consent.js';

const MESSAGE_FIELDS = 'id at direction kind body reviewed recoveredLate deliveryStatus errorCode errorMessage sendsAt author { name } attachments { url contentType }';
const PART = 100; // messages read at once: the latest ones, then earlier ones on request
const CONVERSATION = `query Conversation($id: ID!) { conversation(id: $id) {
  id externalNumber status unreviewedCount messageCount
  line { id phoneNumber description } customer { id name } employee { id name } claimedBy { id name loginId }
  appointments { id start status preNotification link } ${CONSENT_FIELDS}
  messages(last: ${PART}) { ${MESSAGE_FIELDS} } } }`;
const EARLIER = `query Earlier($id: ID!, $before: ID!) { conversation(id: $id) { messages(last: ${PART}, before: $before) { ${MESSAGE_FIELDS} } } }`;
const CLAIM = 'mutation Claim($id: ID!) { claimConversation(id: $id) { id } }';
const RESOLVE = 'mutation Resolve($id: ID!) { resolveConversation(id: $id) { id } }';
const REOPEN = 'mutation Reopen($id: ID!) { reopenConversation(id: $id) { id } }';
const MARK_ALL = 'mutation MarkAll($id: ID!) { markConversationReviewed(id: $id) { id } }';
const CANCEL = 'mutation Cancel($id: ID!) { cancelScheduledMessage(id: $id) { id } }';
const SET_REVIEWED = 'mutation SetReviewed($messageId: ID!, $reviewed: Boolean!) { setMessageReviewed(messageId: $messageId, reviewed: $reviewed) { id } }';
const WHISPER = 'mutation Whisper($conversationId: ID!, $body: String!) { whisper(conversationId: $conversationId, body: $body) { id } }';
const SEND = 'mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { id } }';

const ORDERS = [['OLDEST_FIRST', 'Oldest first'], ['NEWEST_FIRST', 'Newest first']];

export function createConversationView() {
  let id = null;
  let conversation = null;
  let earlier = []; // messages read with "Show earlier messages", oldest first

  const heading = h('h2', { id: uid('conversation'), tabindex: -1 }, 'Conversation');
  const summary = h('div', { class: 'summary' });
  const actions = h('div', { class: 'actions', role: 'group', 'aria-label': 'Conversation actions' });
  const customerForm = createCustomerForm(() => id, () => load());
  const consentPanel = createConsentPanel(() => load());
  const order = select(ORDERS, 'OLDEST_FIRST', { onchange: () => render() });
  const history = h('ol', { class: 'history' });
  const showEarlier = h('button', { type: 'button', class: 'secondary', hidden: true, onclick: loadEarlier }, 'Show earlier messages');
  const historyBox = h('div', { class: 'history-box', tabindex: 0, role: 'region', 'aria-label': 'Message history' }, history);

  const note = messageBox({ rows: 2 });
  const whisperForm = h('form', { class: 'whisper-form', onsubmit: whisper },
    field('Internal note (never sent)', note), h('button', { type: 'submit', class: 'secondary' }, 'Whisper'));

  const composer = createComposer({
    title: 'Reply',
    conversationId: () => id,
    send: ({ body, templateId, sendAt }) => gql(SEND, { input: { conversationId: id, body, templateId, sendAt } }).then((data) => { load(); return data; }),
  });

  const element = h('section', { class: 'conversation', 'aria-labelledby': heading.id },
    h('a', { href: '#/inbox', class: 'back-link' }, '← Back to the inbox'),
    heading, summary, consentPanel.element, actions, customerForm.element,
    h('div', { class: 'history-head' }, h('h3', {}, 'Messages'), field('Order', order)),
    showEarlier, historyBox, whisperForm, composer.element);

  let latestLoad = 0; // answers can arrive out of order: only the latest request's answer is shown
  async function load() {
    const ticket = ++latestLoad;
    const data = await read(() => gql(CONVERSATION, { id }));
    if (!data || ticket !== latestLoad) return;
    conversation = data.conversation;
    render();
  }

  async function loadEarlier() {
    const shown = allMessages();
    if (!shown.length) return;
    const data = await read(() => gql(EARLIER, { id, before: shown[0].id }));
    if (!data?.conversation) return;
    earlier = data.conversation.messages.concat(earlier);
    render();
  }

  /** Every message read so far, oldest first: the earlier parts, then the latest part. */
  function allMessages() {
    if (!conversation) return [];
    const seen = new Set(earlier.map((message) => message.id));
    return earlier.concat(conversation.messages.filter((message) => !seen.has(message.id)));
  }

  function render() {
    if (!conversation) {
      heading.textContent = 'Conversation not found';
      fill(summary, h('p', {}, 'No conversation has this id.'));
      consentPanel.element.hidden = true;
      [actions, history].forEach((part) => part.replaceChildren());
      showEarlier.hidden = true;
      return;
    }
    const atBottom = historyBox.scrollTop + historyBox.clientHeight >= historyBox.scrollHeight - 8;
    heading.textContent = `Conversation with ${conversation.externalNumber}`;
    fill(summary,
      h('p', { class: 'entry-badges' }, statusBadge(conversation), unreviewedBadge(conversation.unreviewedCount)),
      h('dl', {},
        h('dt', {}, 'Who'), h('dd', {}, conversation.customer ? `Customer ${conversation.customer.name}`
          : conversation.employee ? `Employee ${conversation.employee.name}` : 'Not in the directory'),
        h('dt', {}, 'Line'), h('dd', {}, `${conversation.line.description} (${conversation.line.phoneNumber})`),
        conversation.appointments.length ? [h('dt', {}, 'Appointments'), h('dd', {}, h('ul', {}, conversation.appointments.map(appointmentItem)))] : null));
    consentPanel.element.hidden = false;
    consentPanel.show(conversation.consent);
    replaceKeepingFocus(actions, actionButtons());
    customerForm.element.hidden = Boolean(conversation.customer || conversation.employee);
    const messages = allMessages();
    const notShown = conversation.messageCount - messages.length;
    showEarlier.hidden = notShown <= 0;
    showEarlier.textContent = `Show earlier messages (${notShown} more)`;
    replaceKeepingFocus(history, (order.value === 'NEWEST_FIRST' ? messages.slice().reverse() : messages).map(messageItem));
    // Keep the newest message in view, unless the user scrolled up to read.
    if (order.value === 'OLDEST_FIRST' && atBottom) historyBox.scrollTop = historyBox.scrollHeight;
  }

  function actionButtons() {
    const mine = conversation.claimedBy?.loginId === user().login;
    const claimedByOther = conversation.status === 'CLAIMED' && !mine;
    return [
      conversation.status === 'RESOLVED' ? null
        : h('button', { type: 'button', disabled: mine, 'data-focus-key': 'claim', onclick: () => act(CLAIM, 'Claimed.') },
          mine ? 'Claimed by you' : claimedByOther && user().isAdministrator ? 'Take over' : 'Claim'),
      conversation.status === 'RESOLVED'
        ? h('button', { type: 'button', 'data-focus-key': 'reopen', onclick: () => act(REOPEN, 'Reopened.') }, 'Reopen')
        : h('button', { type: 'button', 'data-focus-key': 'resolve', onclick: () => act(RESOLVE, 'Resolved.') }, 'Resolve'),
      h('button', { type: 'button', class: 'secondary', disabled: conversation.unreviewedCount === 0, 'data-focus-key': 'mark-all', onclick: () => act(MARK_ALL, 'All messages marked reviewed.') },
        'Mark all reviewed'),
    ];
  }

  async function act(mutation, done) {
    if (await attempt(() => gql(mutation, { id }))) {
      announce(done);
      load();
    }
  }

  async function whisper(event) {
    event.preventDefault();
    if (!note.value.trim()) return;
    if (await attempt(() => gql(WHISPER, { conversationId: id, body: note.value }))) {
      note.value = '';
      announce('Internal note added.');
      load();
    }
  }

  async function cancelScheduled(message) {
    if (await attempt(() => gql(CANCEL, { id: message.id }))) {
      announce('Scheduled text canceled.');
      load();
    }
  }

  async function toggleReviewed(message) {
    if (await attempt(() => gql(SET_REVIEWED, { messageId: message.id, reviewed: !message.reviewed }))) load();
  }

  function messageItem(message) {
    const { arrow, label, style } = describe(message);
    const showsDelivery = message.direction === 'OUTBOUND';
    return h('li', { class: `message ${style}${message.reviewed ? '' : ' unreviewed'}` },
      h('p', { class: 'message-head' },
        h('span', { class: 'message-label' }, arrow ? h('span', { 'aria-hidden': 'true' }, `${arrow} `) : null, label),
        h('time', { datetime: message.at }, formatDateTime(message.at)),
        message.recoveredLate
          ? h('span', { class: 'badge badge-recovered', title: 'Its webhook never came: read back from Twilio later, so no automatic answer went out' }, 'Recovered late')
          : null),
      message.body ? h('p', { class: 'message-body' }, message.body) : null,
      attachmentList(message.attachments),
      showsDelivery || message.errorCode || message.errorMessage ? deliveryLine(message, showsDelivery) : null,
      message.deliveryStatus === 'SCHEDULED'
        ? h('p', {}, h('button', { type: 'button', class: 'link-button', 'data-focus-key': `cancel-${message.id}`, onclick: () => cancelScheduled(message) },
          'Cancel this scheduled text'))
        : null,
      message.direction === 'INBOUND' || !message.reviewed
        ? h('p', { class: 'review' },
          message.reviewed ? null : h('span', { class: 'badge badge-unreviewed' }, 'Unreviewed'),
          h('button', { type: 'button', class: 'link-button', 'data-focus-key': `review-${message.id}`, onclick: () => toggleReviewed(message) },
            message.reviewed ? 'Mark unreviewed' : 'Mark reviewed'))
        : null);
  }

  const reload = debounce(load, 200); // one reload for a burst of events
  onConversationChanged((changed) => { if (changed.id === id) reload(); });
  onResync(() => { if (id) load(); });

  return {
    element,
    /** Opens a conversation (again); a different one starts with an empty reply and note. */
    open(newId) {
      if (newId !== id) {
        id = newId;
        conversation = null;
        earlier = [];
        composer.reset();
        note.value = '';
        summary.replaceChildren();
        history.replaceChildren();
        historyBox.scrollTop = 0;
      }
      composer.loadTemplates();
      return load().then(() => { historyBox.scrollTop = order.value === 'OLDEST_FIRST' ? historyBox.scrollHeight : 0; });
    },
    focus: () => heading.focus(),
  };
}

// Each kind reads differently: its own words (and an arrow for the direction) plus its own style.
function describe(message) {
  const by = message.author ? ` by ${message.author.name}` : '';
  switch (message.kind) {
    case 'TEXT':
      return message.direction === 'INBOUND'
        ? { arrow: '←', label: 'Received', style: 'message-in' }
        : { arrow: '→', label: `Sent${by}`, style: 'message-out' };
    case 'AUTO_RESPONSE': return { arrow: '→', label: 'Auto-response', style: 'message-out message-auto' };
    case 'NOTIFICATION': return { arrow: '→', label: 'Notification', style: 'message-out message-notification' };
    case 'WHISPER': return { label: `Whisper (internal note)${by}`, style: 'message-whisper' };
    case 'CLAIMED': return { label: `Claimed${by}`, style: 'message-event message-claimed' };
    case 'RESOLVED': return { label: `Resolved${by}`, style: 'message-event message-resolved' };
    case 'REOPENED': return { label: `Reopened${by}`, style: 'message-event message-reopened' };
    case 'OPT_OUT': return { arrow: '←', label: 'Opted out of texts', style: 'message-in message-consent' };
    case 'OPT_IN': return { arrow: '←', label: 'Opted back in to texts', style: 'message-in message-consent' };
    default: return { label: message.kind, style: 'message-event' };
  }
}

// a text held for the recipient's quiet hours is waiting, not failing: it says when it goes instead of an error
function deliveryLine(message, showsDelivery) {
  const waiting = message.errorCode === 'QUIET_HOURS';
  const failing = message.errorCode && !waiting;
  return h('p', { class: failing ? 'delivery delivery-error' : 'delivery' },
    showsDelivery ? `Delivery: ${message.deliveryStatus}` : null,
    !waiting && message.deliveryStatus === 'SCHEDULED' ? ` · goes at ${formatDateTime(message.sendsAt)}` : null,
    waiting ? ` · quiet hours where the recipient is: goes at ${formatDateTime(message.sendsAt)}` : null,
    failing ? ` · error ${message.errorCode}` : null,
    message.errorMessage && !waiting ? ` · ${message.errorMessage}` : null);
}

function appointmentItem(appointment) {
  return h('li', {}, h('a', { href: appointment.link, target: '_blank', rel: 'noopener' }, formatDateTime(appointment.start)),
    ` — ${appointment.status}`, appointment.preNotification ? h('span', { class: 'badge badge-confirmed' }, appointment.preNotification) : null);
}
