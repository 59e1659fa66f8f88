// Starts the page: sign-in, the header and navigation, hash routing between views, and the live subscription.
import { token, signOut, user, takeTokenFromAddress } from './session.js';
import { onRefused } from './graphql.js';
import { showError, clearAlerts } from './alerts.js';
import { startLive, stopLive } from './live.js';
import { h } from './dom.js';
import { createSignIn } from './sign-in.js';
import { createInbox } from './inbox.js';
import { createConversationView } from './conversation.js';
import { createNewConversation } from './new-conversation.js';
import { createBulkPage } from './bulk.js';
import { createLinesAdmin } from './admin-lines.js';
import { createTwilioAdmin } from './admin-twilio.js';
import { createTemplatesAdmin } from './admin-templates.js';
import { createRespondersAdmin } from './admin-responders.js';
import { createNotificationsAdmin } from './admin-notifications.js';
import { createQuietHoursAdmin } from './admin-quiet-hours.js';
import { createAuditAdmin } from './admin-audit.js';
import { createSandboxPhone, sandboxMode } from './sandbox-phone.js';

// hash → [view name, page title, administrators only]
const ROUTES = [
  [/^#\/inbox$/, 'inbox', 'Inbox'],
  [/^#\/conversations\/([^/]+)$/, 'inbox', 'Conversation'],
  [/^#\/new$/, 'newConversation', 'New conversation'],
  [/^#\/bulk$/, 'bulk', 'Bulk send'],
  [/^#\/sandbox-phone$/, 'sandboxPhone', 'Sandbox phone'],
  [/^#\/admin\/lines$/, 'lines', 'Sender lines', true],
  [/^#\/admin\/twilio$/, 'twilio', 'Twilio settings', true],
  [/^#\/admin\/templates$/, 'templates', 'Templates', true],
  [/^#\/admin\/responders$/, 'responders', 'Auto-responders', true],
  [/^#\/admin\/notifications$/, 'notifications', 'Notification settings', true],
  [/^#\/admin\/quiet-hours$/, 'quietHours', 'Quiet hours', true],
  [/^#\/admin\/audit$/, 'audit', 'Audit trail', true],
];

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const userBox = document.getElementById('user');
const liveState = document.getElementById('live-state');

let views = null; // made at sign-in and dropped at sign-out: their listeners belong to that session
let shown = null;

/** The inbox view: the list beside the open conversation (stacked on narrow screens). */
function createInboxView() {
  const inbox = createInbox();
  const conversation = createConversationView();
  const placeholder = h('p', { class: 'placeholder' }, 'Pick a conversation from the list to read and answer it.');
  const pane = h('div', { class: 'conversation-pane' }, placeholder, conversation.element);
  const element = h('div', { class: 'inbox-layout' }, inbox.element, pane);
  return {
    element,
    show: () => inbox.show(),
    route(conversationId, arrived) {
      const openId = conversationId ?? null;
      element.classList.toggle('has-selection', Boolean(openId));
      placeholder.hidden = Boolean(openId);
      conversation.element.hidden = !openId;
      inbox.select(openId);
      if (openId) conversation.open(openId).then(() => conversation.focus());
      else if (arrived) inbox.focus();
    },
  };
}

function startSession() {
  views = {
    inbox: createInboxView(),
    newConversation: createNewConversation(),
    bulk: createBulkPage(),
    lines: createLinesAdmin(),
    twilio: createTwilioAdmin(),
    templates: createTemplatesAdmin(),
    responders: createRespondersAdmin(),
    notifications: createNotificationsAdmin(),
    quietHours: createQuietHoursAdmin(),
    audit: createAuditAdmin(),
    sandboxPhone: createSandboxPhone(),
  };
  Object.values(views).forEach((view) => { view.element.hidden = true; });
  main.replaceChildren(...Object.values(views).map((view) => view.element));
  const { login, isAdministrator } = user();
  document.getElementById('user-name').textContent = `Signed in as ${login}${isAdministrator ? ' (Administrator)' : ''}`;
  nav.querySelectorAll('.admin-only').forEach((item) => { item.hidden = !isAdministrator; });
  sandboxMode().then((sandbox) => { nav.querySelector('.sandbox-only').hidden = !sandbox; });
  nav.hidden = false;
  userBox.hidden = false;
  startLive(liveState);
}

function endSession() {
  stopLive();
  views?.bulk.hide();
  views = null;
  shown = null;
  nav.hidden = true;
  userBox.hidden = true;
  liveState.hidden = true;
}

function showSignIn() {
  const signIn = createSignIn(route);
  main.replaceChildren(signIn.element);
  document.title = 'Sign in — Text Messaging Center';
  signIn.focus();
}

function route() {
  if (!token()) {
    endSession();
    showSignIn();
    return;
  }
  if (!views) startSession();
  const match = ROUTES.map(([pattern, ...rest]) => [location.hash.match(pattern), ...rest]).find(([found]) => found);
  if (!match) {
    // "#main" (the skip link) and other in-page anchors are not routes; anything else goes to the inbox
    if (!shown) location.replace('#/inbox');
    return;
  }
  const [found, name, title, adminOnly] = match;
  if (adminOnly && !user().isAdministrator) {
    showError('This page is for administrators. Sign in with an Administrator token to use it.');
    location.replace('#/inbox');
    return;
  }
  const view = views[name];
  const arrived = shown !== view;
  if (arrived) {
    shown?.hide?.();
    Object.values(views).forEach((candidate) => { candidate.element.hidden = candidate !== view; });
    shown = view;
    view.show();
  }
  if (name === 'inbox') view.route(found[1], arrived);
  else if (arrived) view.focus();
  document.title = `${title} — Text Messaging Center`;
  nav.querySelectorAll('a').forEach((link) => {
    const current = link.hash === location.hash || (name === 'inbox' && link.hash === '#/inbox');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
}

onRefused((error) => {
  if (!token()) return;
  signOut();
  showError(`The server refused your sign-in: ${error.message}. Sign in again with a valid token.`);
  route();
});

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  clearAlerts();
  route();
});

window.addEventListener('hashchange', route);
try {
  takeTokenFromAddress();
} catch (refused) {
  showError(refused.message);
}
route();
