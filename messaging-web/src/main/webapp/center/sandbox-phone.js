// The sandbox phone (sandbox mode only): play a customer texting one of the company's lines, and see on the phone
// what the customer would see: their own texts, the replies and auto-responses, with delivery progress.
import { gql } from './graphql.js';
import { read, attempt } from './alerts.js';
import { h, field, uid, fill } from './dom.js';
import { formatDateTime, today, tomorrow } from './format.js';
import { onConversationChanged } from './live.js';
import { messageBox } from './limits.js';
import { attachmentList } from './attachments.js';

const SETUP = `query Phone($today: Date!, $tomorrow: Date!) { senderLines { id description phoneNumber kind active }
  today: appointments(date: $today) { customer { name mobile } } tomorrow: appointments(date: $tomorrow) { customer { name mobile } } }`;
const RECEIVE = `mutation Receive($from: String!, $to: String!, $body: String, $media: [String!]) {
  sandboxReceiveText(from: $from, to: $to, body: $body, mediaUrls: $media) { id conversationId } }`;
// a picture the module itself serves in sandbox mode, so an MMS can be tried without a carrier to store it
const SAMPLE_PICTURE = 'sandbox-pictures/water-heater.jpg';
const THREAD = `query Thread($id: ID!) { conversation(id: $id) { id externalNumber
  messages(last: 50) { id at direction kind body deliveryStatus errorCode attachments { url contentType } } } }`;

/** Whether texts go to the sandbox carrier: only then does the phone exist. */
export async function sandboxMode() {
  const data = await read(() => gql('{ sandboxMode }'));
  return Boolean(data?.sandboxMode);
}

export function createSandboxPhone() {
  let conversationId = null;

  const from = h('input', { type: 'tel', autocomplete: 'off', required: true, list: uid('people') });
  const people = h('datalist', { id: from.getAttribute('list') });
  const line = h('select', { required: true, onchange: () => forget() });
  const body = messageBox({ rows: 2, required: true });
  const withPicture = h('input', { type: 'checkbox' });
  const thread = h('ol', { class: 'phone-thread', 'aria-label': 'Texts on this phone', 'aria-live': 'polite' });
  const form = h('form', { class: 'phone-compose', onsubmit: send },
    field('Text', body),
    field('Attach a photo (a leaking water heater)', withPicture),
    h('button', { type: 'submit' }, 'Send from this phone'));
  from.addEventListener('change', () => forget());

  const heading = h('h2', { id: uid('phone'), tabindex: -1 }, 'Sandbox phone');
  const element = h('section', { class: 'page narrow-page', 'aria-labelledby': heading.id }, heading,
    h('p', { class: 'hint' }, 'Play a customer: text one of the company\'s lines as a real phone would. The text arrives'
      + ' as a webhook from Twilio would (keywords such as CONFIRM or STOP, auto-responders, linking), and the replies'
      + ' show here. No text leaves this machine.'),
    field('This phone\'s number', from, 'Pick a customer or type any number'), people,
    field('Texting the line', line),
    h('div', { class: 'phone' }, thread, form));

  async function show() {
    const data = await read(() => gql(SETUP, { today: today(), tomorrow: tomorrow() }));
    if (!data) return;
    const lines = data.senderLines.filter((candidate) => candidate.active);
    const chosen = line.value;
    line.replaceChildren(...lines.map((candidate) => h('option', { value: candidate.phoneNumber, selected: candidate.phoneNumber === chosen },
      `${candidate.description} (${candidate.phoneNumber}${candidate.kind === 'OUTBOUND_ONLY' ? ', outbound only' : ''})`)));
    const customers = new Map();
    [...data.today, ...data.tomorrow].forEach(({ customer }) => { if (customer.mobile) customers.set(customer.mobile, customer.name); });
    fill(people, [...customers].map(([mobile, name]) => h('option', { value: mobile }, name)));
  }

  function forget() {
    conversationId = null;
    thread.replaceChildren();
  }

  async function send(event) {
    event.preventDefault();
    const media = withPicture.checked ? [new URL(SAMPLE_PICTURE, document.baseURI).href] : [];
    const data = await attempt(() => gql(RECEIVE, { from: from.value, to: line.value, body: body.value, media }));
    if (!data) return;
    body.value = '';
    withPicture.checked = false;
    conversationId = data.sandboxReceiveText.conversationId;
    refresh();
  }

  async function refresh() {
    if (!conversationId) return;
    const asked = conversationId;
    const data = await read(() => gql(THREAD, { id: asked }));
    if (!data?.conversation || asked !== conversationId) return;
    // the customer's phone shows texts only: whispers, claims and other internal notes never reach it
    fill(thread, data.conversation.messages.filter((message) => message.direction !== 'INTERNAL').map(bubble));
  }

  onConversationChanged((changed) => { if (changed.id === conversationId) refresh(); });

  return { element, show, focus: () => heading.focus() };
}

function bubble(message) {
  const mine = message.direction === 'INBOUND'; // sent from this phone
  return h('li', { class: mine ? 'bubble bubble-mine' : 'bubble bubble-theirs' },
    message.body ? h('p', { class: 'bubble-body' }, message.body) : null,
    attachmentList(message.attachments),
    h('p', { class: 'bubble-meta' },
      h('time', { datetime: message.at }, formatDateTime(message.at)),
      mine ? null : ` · ${message.kind === 'AUTO_RESPONSE' ? 'Auto-response · ' : ''}${message.deliveryStatus}`,
      message.errorCode ? ` · error ${message.errorCode}` : null));
}
