// Administration: the company's sending lines (number, two-way or outbound only, pace, on/off).
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, select, table, uid, fill } from './dom.js';

const LINES = '{ senderLines { id description phoneNumber kind active messagesPerSecond } }';
const SAVE = 'mutation SaveLine($input: SenderLineInput!) { saveSenderLine(input: $input) { id } }';
const KINDS = [['TWO_WAY', 'Two-way (receives replies)'], ['OUTBOUND_ONLY', 'Outbound only']];
const TWILIO_NUMBERS = '{ twilioPhoneNumbers { sid phoneNumber friendlyName smsUrl lineId connected } }';
const CONNECT = `mutation Connect($sid: ID!, $description: String!, $kind: LineKind) {
  connectTwilioNumber(sid: $sid, description: $description, kind: $kind) { id } }`;

export function createLinesAdmin() {
  let editingId = null;

  const list = h('div');
  const description = h('input', { type: 'text', required: true });
  const phoneNumber = h('input', { type: 'tel', required: true, autocomplete: 'off' });
  const kind = select(KINDS, 'TWO_WAY');
  const messagesPerSecond = h('input', { type: 'number', min: '0.1', step: '0.1', required: true, value: '1' });
  const active = h('input', { type: 'checkbox', checked: true });
  const formHeading = h('h3', { id: uid('line-form') }, 'Add a line');
  const form = h('form', { class: 'editor', 'aria-labelledby': formHeading.id, onsubmit: save },
    formHeading,
    field('Description', description),
    field('Phone number', phoneNumber, 'E.164 or national, e.g. +12015550100'),
    field('Kind', kind),
    field('Messages per second', messagesPerSecond, 'Long codes about 1, toll-free 3, short codes 100'),
    field('Active', active),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, 'Save line'),
      h('button', { type: 'button', class: 'secondary', onclick: () => edit(null) }, 'New line')));
  const twilioNumbers = h('div');
  const numberChoice = h('select', { required: true });
  const numberDescription = h('input', { type: 'text', required: true });
  const numberKind = select(KINDS, 'TWO_WAY');
  const connectHeading = h('h3', { id: uid('connect') }, 'Connect a Twilio number');
  const connectForm = h('form', { class: 'editor', 'aria-labelledby': connectHeading.id, onsubmit: connect },
    connectHeading,
    h('p', { class: 'hint' }, 'Makes a number of the saved Twilio account a line, and sets its webhooks in Twilio (texts, their'
      + ' fallback and status callbacks) to this module\'s public base URL: nothing to do in Twilio\'s console.'),
    h('button', { type: 'button', class: 'secondary', onclick: loadTwilioNumbers }, 'Show the account\'s numbers'),
    twilioNumbers,
    field('Number', numberChoice), field('Description', numberDescription), field('Kind', numberKind),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Connect as a line')));
  const heading = h('h2', { id: uid('lines'), tabindex: -1 }, 'Sender lines');
  const element = h('section', { class: 'page', 'aria-labelledby': heading.id }, heading, list, form, connectForm);

  async function show() {
    const data = await read(() => gql(LINES));
    if (!data) return;
    fill(list, table('Lines', ['Description', 'Number', 'Kind', 'Messages per second', 'Active', 'Edit'],
      data.senderLines.map((line) => [line.description, line.phoneNumber, line.kind, String(line.messagesPerSecond), line.active ? 'Yes' : 'No',
        h('button', { type: 'button', class: 'secondary', 'aria-label': `Edit ${line.description}`, onclick: () => edit(line) }, 'Edit')])));
  }

  function edit(line) {
    editingId = line?.id ?? null;
    formHeading.textContent = line ? `Edit line ${line.description}` : 'Add a line';
    description.value = line?.description ?? '';
    phoneNumber.value = line?.phoneNumber ?? '';
    kind.value = line?.kind ?? 'TWO_WAY';
    messagesPerSecond.value = String(line?.messagesPerSecond ?? 1);
    active.checked = line?.active ?? true;
    description.focus();
  }

  async function save(event) {
    event.preventDefault();
    const input = {
      id: editingId, description: description.value, phoneNumber: phoneNumber.value, kind: kind.value,
      messagesPerSecond: Number(messagesPerSecond.value), active: active.checked,
    };
    if (await attempt(() => gql(SAVE, { input }))) {
      announce('Line saved.');
      edit(null);
      show();
    }
  }

  async function loadTwilioNumbers() {
    const data = await attempt(() => gql(TWILIO_NUMBERS));
    if (!data) return;
    const numbers = data.twilioPhoneNumbers;
    fill(twilioNumbers, table('Numbers of the Twilio account', ['Number', 'Name in Twilio', 'Texts go to', 'Connected'],
      numbers.map((number) => [number.phoneNumber, number.friendlyName ?? '', number.smsUrl ?? 'nowhere',
        number.connected ? 'Yes' : number.lineId ? 'A line, webhook elsewhere' : 'No'])));
    numberChoice.replaceChildren(...numbers.map((number) => h('option', { value: number.sid }, number.phoneNumber)));
  }

  async function connect(event) {
    event.preventDefault();
    const variables = { sid: numberChoice.value, description: numberDescription.value, kind: numberKind.value };
    if (await attempt(() => gql(CONNECT, variables))) {
      announce('Number connected: it is a line, and Twilio posts its texts here.');
      numberDescription.value = '';
      show();
      loadTwilioNumbers();
    }
  }

  return { element, show, focus: () => heading.focus() };
}
