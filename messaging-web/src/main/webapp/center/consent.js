// A conversation's consent: opted out of every text or not, marketing consent and its history, and a form for an agent
// to record consent the customer gave by phone or in writing (or to take it back).
import { gql } from './graphql.js';
import { attempt, announce } from './alerts.js';
import { h, field, select, fill } from './dom.js';
import { formatDateTime } from './format.js';

export const CONSENT_FIELDS = 'consent { phoneNumber optedOut marketing byHost history { at given source wording note recordedBy } }';
const RECORD = `mutation Record($number: String!, $source: ConsentSource!, $wording: String!, $note: String) {
  recordMarketingConsent(number: $number, source: $source, wording: $wording, note: $note) { marketing } }`;
const WITHDRAW = 'mutation Withdraw($number: String!) { withdrawMarketingConsent(number: $number) { marketing } }';
const SOURCES = [['VERBAL', 'Verbal (phone or in person)'], ['WRITTEN', 'Written (form, e-mail, web)']];

/** changed(): called after consent was recorded or withdrawn. */
export function createConsentPanel(changed) {
  let consent = null;
  const state = h('p', { class: 'consent-state' });
  const source = select(SOURCES, 'VERBAL');
  const wording = h('input', { type: 'text', required: true, maxlength: 1600 });
  const note = h('input', { type: 'text', maxlength: 500 });
  const form = h('form', { class: 'editor', 'aria-label': 'Record marketing consent', onsubmit: record },
    field('How they agreed', source),
    field('What they agreed to', wording, 'The wording they were shown or read, e.g. "Offers by text, about 2 a month"'),
    field('Note', note),
    h('button', { type: 'submit', class: 'secondary' }, 'Record marketing consent'));
  const withdraw = h('button', { type: 'button', class: 'link-button', onclick: takeBack }, 'Withdraw marketing consent');
  const history = h('ul', { class: 'consent-history' });
  const details = h('details', {}, h('summary', {}, 'Marketing consent'), history, form, withdraw);
  const element = h('div', { class: 'consent' }, state, details);

  function show(current) {
    consent = current;
    state.textContent = consent.optedOut
      ? 'Opted out of all texts (STOP): nothing is sent until they text START.'
      : consent.marketing ? `Marketing: consent given${consent.byHost ? ' (in the company\'s own records)' : ''}.` : 'Marketing: no consent; marketing texts to this number are skipped.';
    form.hidden = consent.optedOut || consent.marketing;
    withdraw.hidden = !consent.marketing;
    fill(history, consent.history.map((event) => h('li', {},
      `${formatDateTime(event.at)}: ${event.given ? 'given' : 'withdrawn'} (${event.source.toLowerCase()}`
        + `${event.recordedBy ? `, recorded by ${event.recordedBy}` : ''})`
        + `${event.wording ? `: "${event.wording}"` : ''}${event.note ? ` · ${event.note}` : ''}`)));
  }

  async function record(event) {
    event.preventDefault();
    const data = await attempt(() => gql(RECORD, { number: consent.phoneNumber, source: source.value, wording: wording.value, note: note.value || null }));
    if (data) {
      wording.value = '';
      note.value = '';
      announce('Marketing consent recorded.');
      changed();
    }
  }

  async function takeBack() {
    if (await attempt(() => gql(WITHDRAW, { number: consent.phoneNumber }))) {
      announce('Marketing consent withdrawn.');
      changed();
    }
  }

  return { element, show };
}
