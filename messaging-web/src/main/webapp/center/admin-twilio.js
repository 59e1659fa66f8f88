// Administration: the Twilio account. The auth token is write-only: the page can only say whether one is set.
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, uid } from './dom.js';

const SETTINGS = '{ twilioSettings { accountSid authTokenSet publicBaseUrl } }';
const SAVE = `mutation SaveTwilio($accountSid: String!, $authToken: String!, $publicBaseUrl: String) {
  updateTwilioSettings(accountSid: $accountSid, authToken: $authToken, publicBaseUrl: $publicBaseUrl) { accountSid authTokenSet publicBaseUrl } }`;

export function createTwilioAdmin() {
  const accountSid = h('input', { type: 'text', required: true, autocomplete: 'off', spellcheck: 'false' });
  const authToken = h('input', { type: 'password', required: true, autocomplete: 'new-password' });
  const publicBaseUrl = h('input', { type: 'url', autocomplete: 'off' });
  const tokenState = h('p', { class: 'token-state', role: 'status' });
  const heading = h('h2', { id: uid('twilio'), tabindex: -1 }, 'Twilio settings');
  const element = h('section', { class: 'page narrow-page', 'aria-labelledby': heading.id }, heading,
    h('form', { class: 'editor', 'aria-label': 'Twilio account', onsubmit: save },
      field('Account SID', accountSid),
      tokenState,
      field('Auth token', authToken, 'Write-only: it is stored, never shown. Enter it each time you save.'),
      field('Public base URL', publicBaseUrl, 'Where Twilio reaches this server, e.g. https://texts.example.com; webhooks are signed over it'),
      h('button', { type: 'submit' }, 'Save Twilio settings')));

  function showSettings(settings) {
    accountSid.value = settings.accountSid ?? '';
    publicBaseUrl.value = settings.publicBaseUrl ?? '';
    tokenState.textContent = settings.authTokenSet ? 'Auth token: token set' : 'Auth token: not set yet';
  }

  async function show() {
    authToken.value = ''; // never left behind in a page the user walked away from
    const data = await read(() => gql(SETTINGS));
    if (data) showSettings(data.twilioSettings);
  }

  async function save(event) {
    event.preventDefault();
    const data = await attempt(() => gql(SAVE, { accountSid: accountSid.value, authToken: authToken.value, publicBaseUrl: publicBaseUrl.value || null }));
    if (data) {
      authToken.value = '';
      showSettings(data.updateTwilioSettings);
      announce('Twilio settings saved.');
    }
  }

  return { element, show, focus: () => heading.focus() };
}
