// Walks through the Text Messaging Center in Chromium against a running server, as an agent and as an administrator.
// Run by the Java integration test with: CENTER_URL, GRAPHQL_URL, ADMIN_TOKEN, ADMIN_LOGIN, AGENT_TOKEN, AGENT_LOGIN,
// PUBLIC_BASE_URL, TWILIO_AUTH_TOKEN (the saved Twilio settings), CHROMIUM, SCREENSHOT_DIR.
// It makes its own data with unique numbers and names, so other data in the database does not matter.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, randomInt, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const CENTER_URL = env('CENTER_URL');
const GRAPHQL_URL = env('GRAPHQL_URL');
const ADMIN_TOKEN = env('ADMIN_TOKEN');
const ADMIN_LOGIN = env('ADMIN_LOGIN');
const AGENT_TOKEN = env('AGENT_TOKEN');
const AGENT_LOGIN = env('AGENT_LOGIN');
const PUBLIC_BASE_URL = env('PUBLIC_BASE_URL').replace(/\/+$/, '');
const TWILIO_AUTH_TOKEN = env('TWILIO_AUTH_TOKEN');
const SCREENSHOT_DIR = env('SCREENSHOT_DIR');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const LIVE = { timeout: 20_000 }; // live updates and server round trips
const tag = randomUUID().slice(0, 8);
const AGENT_NAME = `Agent ${tag}`;
const CUSTOMER_FIRST = 'Casey';

// ---- GraphQL and webhook helpers (test setup and checks; the page itself is driven in the browser) ----

async function gql(query, variables = {}, token = ADMIN_TOKEN) {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL: ${body.errors.map((error) => error.message).join('; ')}`);
  return body.data;
}

/** A text from `from` to `to`, posted like Twilio: form-encoded and signed over the public base URL. */
async function receiveText(from, to, text, accountSid) {
  const params = { MessageSid: `SM${randomUUID().replaceAll('-', '')}`, AccountSid: accountSid, From: from, To: to, Body: text, NumMedia: '0' };
  const signed = `${PUBLIC_BASE_URL}/messaging/api/twilio/inbound${Object.keys(params).sort().map((name) => name + params[name]).join('')}`;
  const response = await fetch(new URL('api/twilio/inbound', GRAPHQL_URL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': createHmac('sha1', TWILIO_AUTH_TOKEN).update(signed).digest('base64') },
    body: new URLSearchParams(params),
  });
  assert.equal(response.status, 200, `the webhook answered ${response.status}: ${await response.text()}`);
}

const uniqueNumber = () => `+1201555${String(randomInt(0, 10_000)).padStart(4, '0')}`;

async function saveEmployee(loginId, name) {
  const { employees } = await gql('{ employees { id loginId } }');
  const existing = employees.find((employee) => employee.loginId === loginId);
  await gql('mutation($input: EmployeeInput!) { saveEmployee(input: $input) { id } }',
    { input: { id: existing?.id, name, loginId, textMessagingRole: true } });
}

/** A TWO_WAY line on a number no other line has (retried on the rare clash). */
async function saveLine() {
  for (let attempt = 0; ; attempt += 1) {
    const phoneNumber = uniqueNumber();
    try {
      const { saveSenderLine } = await gql('mutation($input: SenderLineInput!) { saveSenderLine(input: $input) { id phoneNumber } }',
        { input: { description: `Test line ${tag}`, phoneNumber, kind: 'TWO_WAY', messagesPerSecond: 50, active: true } });
      return saveSenderLine;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

async function saveCustomer(name, mobile) {
  const { saveCustomer: customer } = await gql('mutation($input: CustomerInput!) { saveCustomer(input: $input) { id mobile } }', { input: { name, mobile } });
  return customer;
}

/** yyyy-mm-dd of tomorrow in this process's time zone, which the browser shares. */
function tomorrow() {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** Polls until check() returns something truthy. */
async function until(check, message, timeout = LIVE.timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const result = await check().catch(() => undefined);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Which of red, green, blue dominates an element's background (the badge colours). A live update may draw the list
 * again between finding the element and reading its style, so it is read from the element as drawn at that moment.
 */
async function hueOf(locator) {
  const rgb = await until(
    () => locator.evaluate((element) => element.isConnected && getComputedStyle(element).backgroundColor),
    'the badge is drawn',
  );
  const [red, green, blue] = rgb.match(/\d+/g).map(Number);
  const strongest = Math.max(red, green, blue);
  return strongest === red ? 'red' : strongest === green ? 'green' : 'blue';
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- The walk-through ----

describe('Text Messaging Center', { concurrency: false }, () => {
  let browser;
  let accountSid;
  let line;
  let customer;
  let template;
  const bulkCustomers = [];

  const screenshot = (page, name) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

  async function signIn(token, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(LIVE.timeout);
    await page.goto(CENTER_URL);
    await page.getByLabel('Access token (JWT)').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    return page;
  }

  before(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await saveEmployee(AGENT_LOGIN, AGENT_NAME);
    await saveEmployee(ADMIN_LOGIN, `Admin ${tag}`);
    ({ twilioSettings: { accountSid } } = await gql('{ twilioSettings { accountSid } }'));
    line = await saveLine();
    customer = await saveCustomer(`${CUSTOMER_FIRST} Customer ${tag}`, uniqueNumber());
    ({ saveTemplate: template } = await gql('mutation($input: TemplateInput!) { saveTemplate(input: $input) { id description } }',
      { input: { description: `Running late ${tag}`, body: 'Hi {CustomerFirstName}, your technician is running late.' } }));
    await gql('mutation($input: AutoResponderInput!) { saveAutoResponder(input: $input) { id } }', {
      input: {
        type: 'KEYWORD', keyword: `HOURS${tag}`, message: 'We are open 8 to 5.', lineIds: [line.id],
        schedule: { days: ['MONDAY', 'FRIDAY'], opensAt: '08:00', closesAt: '17:00', timeZone: 'America/Chicago' },
      },
    });
    const day = tomorrow();
    for (const letter of ['A', 'B', 'C']) {
      const bulkCustomer = await saveCustomer(`Bulk ${letter} ${tag}`, uniqueNumber());
      bulkCustomers.push(`Bulk ${letter} ${tag}`);
      // noon UTC falls on the same calendar day in every zone from UTC-12 to UTC+11
      await gql('mutation($input: AppointmentInput!) { saveAppointment(input: $input) { id } }',
        { input: { customerId: bulkCustomer.id, start: `${day}T12:00:00Z` } });
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });

  after(async () => {
    await browser?.close();
  });

  it('refuses a forged token and returns to sign-in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(LIVE.timeout);
    await page.goto(CENTER_URL);
    const forged = `${AGENT_TOKEN.slice(0, -6)}AAAAAA`;
    await page.getByLabel('Access token (JWT)').fill(forged);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText(/refused your sign-in/).waitFor();
    await page.getByLabel('Access token (JWT)').waitFor();
    await context.close();
  });

  let agent;
  let conversation;
  let conversationId;
  const editedReply = `Hi ${CUSTOMER_FIRST}, your technician is running about 10 minutes late. Ref ${tag}`;

  it('shows an inbound text live in the inbox, NEW in red with its unreviewed count', async () => {
    agent = await signIn(AGENT_TOKEN);
    await agent.getByText('Live updates on').waitFor();
    await agent.evaluate(() => { window.notReloaded = true; });

    await receiveText(customer.mobile, line.phoneNumber, `Is my technician coming today? ${tag}`, accountSid);

    const entry = agent.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(escape(customer.mobile)) });
    await entry.waitFor(LIVE);
    assert.equal(await agent.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
    const text = await entry.innerText();
    assert.match(text, /NEW/);
    assert.match(text, /1 unreviewed/);
    assert.match(text, new RegExp(`${CUSTOMER_FIRST} Customer ${tag}`));
    assert.equal(await hueOf(entry.getByText('NEW', { exact: true })), 'red');
    await screenshot(agent, 'inbox');

    await entry.click();
    conversationId = await until(async () => agent.evaluate(() => location.hash.match(/^#\/conversations\/(.+)$/)?.[1]), 'the conversation opens');
    conversation = agent.getByRole('region', { name: `Conversation with ${customer.mobile}` });
    await conversation.getByText(`Is my technician coming today? ${tag}`).waitFor();
    await conversation.getByRole('listitem').filter({ hasText: 'Received' }).filter({ hasText: 'Unreviewed' }).waitFor();
  });

  it('claims the conversation: the badge turns blue and names the agent', async () => {
    await conversation.getByRole('button', { name: 'Claim', exact: true }).click();
    const badge = conversation.getByText(`CLAIMED by ${AGENT_NAME}`, { exact: true });
    await badge.waitFor();
    assert.equal(await hueOf(badge), 'blue');
    await agent.getByRole('list', { name: 'Conversations' }).getByText(`CLAIMED by ${AGENT_NAME}`).waitFor();
    await conversation.getByRole('listitem').filter({ hasText: `Claimed by ${AGENT_NAME}` }).waitFor();
  });

  it('adds a whisper, shown as an internal note with its author', async () => {
    await conversation.getByLabel('Internal note (never sent)').fill(`Customer asks for an ETA ${tag}`);
    await conversation.getByRole('button', { name: 'Whisper' }).click();
    const note = conversation.getByRole('listitem').filter({ hasText: `Customer asks for an ETA ${tag}` });
    await note.waitFor();
    assert.match(await note.innerText(), new RegExp(`Whisper \\(internal note\\) by ${AGENT_NAME}`));
  });

  it('replies with a template edited in the composer; the sent body is the edited text', async () => {
    const reply = conversation.getByRole('form', { name: 'Reply' });
    await reply.getByLabel('Template').selectOption({ label: template.description });
    const box = reply.getByLabel('Message');
    await until(async () => (await box.inputValue()) === `Hi ${CUSTOMER_FIRST}, your technician is running late.`, 'the template fills the text box');
    await reply.getByText(/1 segment · GSM-7/).waitFor();

    await box.fill(editedReply);
    await reply.getByText(`${editedReply.length} characters · 1 segment · GSM-7`).waitFor();
    await screenshot(agent, 'composer');

    await reply.getByRole('button', { name: 'Send' }).click();
    const sent = conversation.getByRole('listitem').filter({ hasText: editedReply });
    await sent.waitFor();
    assert.match(await sent.innerText(), new RegExp(`Sent by ${AGENT_NAME}`));
    assert.match(await sent.innerText(), /Delivery: /);
    assert.equal(await box.inputValue(), '', 'the composer is cleared after sending');

    const { conversation: stored } = await gql('query($id: ID!) { conversation(id: $id) { messages { direction kind body } } }', { id: conversationId });
    const outbound = stored.messages.filter((message) => message.direction === 'OUTBOUND' && message.kind === 'TEXT');
    assert.deepEqual(outbound.map((message) => message.body), [editedReply]);
    await screenshot(agent, 'conversation');
  });

  it('schedules a reply for tomorrow, shows it in the conversation, and cancels it', async () => {
    const reply = conversation.getByRole('form', { name: 'Reply' });
    const later = `See you tomorrow ${tag}`;
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const pad = (n) => String(n).padStart(2, '0');
    await reply.getByLabel('Message').fill(later);
    await reply.getByLabel('Send later').fill(
      `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T${pad(tomorrow.getHours())}:${pad(tomorrow.getMinutes())}`);
    await reply.getByRole('button', { name: 'Send' }).click();
    const scheduled = conversation.getByRole('listitem').filter({ hasText: later });
    await scheduled.filter({ hasText: 'Delivery: SCHEDULED' }).filter({ hasText: 'goes at' }).waitFor();
    await screenshot(agent, 'scheduled-reply');

    await scheduled.getByRole('button', { name: 'Cancel this scheduled text' }).click();
    await scheduled.filter({ hasText: 'Delivery: SKIPPED' }).filter({ hasText: 'canceled by' }).waitFor();
  });

  it('resolves the conversation: the badge turns green', async () => {
    await conversation.getByRole('button', { name: 'Resolve' }).click();
    const badge = conversation.getByText('RESOLVED', { exact: true });
    await badge.waitFor();
    assert.equal(await hueOf(badge), 'green');
    await conversation.getByRole('button', { name: 'Reopen' }).waitFor();
    await agent.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(escape(customer.mobile)) }).getByText('RESOLVED').waitFor();
    await agent.context().close();
  });

  it('fits a narrow screen without scrolling sideways', async () => {
    const page = await signIn(AGENT_TOKEN, { width: 390, height: 844 });
    await page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(escape(customer.mobile)) }).waitFor();
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scrollWidth <= innerWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px window`);
    await screenshot(page, 'inbox-narrow');
    await page.context().close();
  });

  it('shows the administration pages to an administrator', async () => {
    const page = await signIn(ADMIN_TOKEN);
    const open = async (link, heading) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
      const region = page.getByRole('region', { name: heading, exact: true });
      await region.waitFor();
      return region;
    };

    const lines = await open('Sender lines', 'Sender lines');
    await lines.getByRole('row').filter({ hasText: line.phoneNumber }).filter({ hasText: '50' }).waitFor();
    await screenshot(page, 'admin-lines');

    const twilio = await open('Twilio', 'Twilio settings');
    await twilio.getByText('token set', { exact: false }).waitFor();
    assert.equal(await twilio.getByLabel('Auth token').getAttribute('type'), 'password');
    await screenshot(page, 'admin-twilio');

    const templates = await open('Templates', 'Templates');
    await templates.getByRole('button', { name: `Edit ${template.description}` }).click();
    await templates.getByLabel('Body').fill('Hi {CustomerFirstName} {Nonsense} – on the way');
    await templates.getByText(/Unknown merge fields: \{Nonsense\}/).waitFor();
    await templates.getByText(/1 segment · UCS-2/).waitFor();
    await screenshot(page, 'admin-templates');

    const responders = await open('Auto-responders', 'Auto-responders');
    await responders.getByRole('button', { name: `Edit KEYWORD HOURS${tag}` }).click();
    assert.equal(await responders.getByLabel('Keyword', { exact: true }).inputValue(), `HOURS${tag}`);
    assert.equal(await responders.getByLabel('Opens at', { exact: true }).inputValue(), '08:00');
    assert.equal(await responders.getByLabel(`Test line ${tag}`, { exact: false }).isChecked(), true);
    await screenshot(page, 'admin-responders');

    const notifications = await open('Notifications', 'Notification settings');
    await notifications.getByRole('switch', { name: 'Send on In Route' }).waitFor();
    await screenshot(page, 'admin-notifications');

    const quietHours = await open('Quiet hours', 'Quiet hours');
    await quietHours.getByLabel('Texts may arrive from').waitFor();
    await screenshot(page, 'admin-quiet-hours');

    const audit = await open('Audit trail', 'Audit trail');
    await audit.getByRole('row').filter({ hasText: 'twilio account changed' }).first().waitFor();
    await screenshot(page, 'admin-audit');
    await page.context().close();
  });

  it('hides the administration from an agent', async () => {
    const page = await signIn(AGENT_TOKEN);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Bulk send' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Sender lines' }).count(), 0);
    await page.context().close();
  });

  it('starts a conversation with a template left as it is: the customer the number reaches gets their own name', async () => {
    const newcomer = await saveCustomer(`Newt Customer ${tag}`, uniqueNumber());
    const page = await signIn(AGENT_TOKEN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New conversation' }).click();
    const form = page.getByRole('form', { name: 'Compose' });
    await form.getByLabel('To number', { exact: false }).fill(newcomer.mobile);
    await form.getByLabel('Line', { exact: true }).selectOption({ label: `Test line ${tag} (${line.phoneNumber})` });
    await form.getByLabel('Template').selectOption({ label: template.description });
    const box = form.getByLabel('Message');
    await until(async () => (await box.inputValue()).includes('your technician is running late'), 'the template fills the text box');
    assert.doesNotMatch(await box.inputValue(), /Newt/, 'before sending there is no conversation to take the name from');

    await form.getByRole('button', { name: 'Send' }).click();
    const id = await until(async () => page.evaluate(() => location.hash.match(/^#\/conversations\/(.+)$/)?.[1]), 'the new conversation opens');
    const { conversation: stored } = await gql('query($id: ID!) { conversation(id: $id) { messages { direction body } } }', { id });
    assert.deepEqual(stored.messages.filter((message) => message.direction === 'OUTBOUND').map((message) => message.body),
      ['Hi Newt, your technician is running late.']);
    await page.context().close();
  });

  it('bulk-sends to tomorrow\'s appointments and follows the progress until COMPLETED', async () => {
    const page = await signIn(ADMIN_TOKEN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bulk send' }).click();
    const bulk = page.getByRole('region', { name: 'Bulk send', exact: true });
    await bulk.waitFor();
    assert.equal(await bulk.getByLabel('Appointments on').inputValue(), tomorrow());

    await bulk.getByLabel(bulkCustomers[0], { exact: false }).waitFor();
    await bulk.getByRole('button', { name: 'Select none' }).first().click();
    for (const name of bulkCustomers) await bulk.getByLabel(name, { exact: false }).check();
    await bulk.getByLabel('Line', { exact: true }).selectOption({ label: `Test line ${tag} (${line.phoneNumber})` });
    await bulk.getByLabel('Template').selectOption({ label: template.description });
    await bulk.getByRole('button', { name: 'Start bulk send', exact: true }).click();

    const progress = bulk.getByRole('progressbar');
    await progress.waitFor();
    const status = bulk.getByRole('status').filter({ hasText: /done \(sent/ });
    const finished = await until(async () => {
      const text = await status.innerText();
      return /^(COMPLETED|FAILED|STOPPED|ABANDONED)/.test(text) && text;
    }, 'the bulk send finishes', 90_000);
    assert.match(finished, new RegExp(`^COMPLETED: ${bulkCustomers.length} of ${bulkCustomers.length} done \\(sent ${bulkCustomers.length},`));
    assert.equal(await progress.evaluate((element) => [element.value, element.max].join('/')), `${bulkCustomers.length}/${bulkCustomers.length}`);
    await bulk.getByRole('table', { name: 'Bulk sends, newest first' }).getByRole('row').filter({ hasText: 'COMPLETED' }).first().waitFor();
    await screenshot(page, 'bulk');
    await page.context().close();
  });

  it('schedules a bulk send for tomorrow, sees when its texts go, and stops it before they do', async () => {
    const page = await signIn(ADMIN_TOKEN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bulk send' }).click();
    const bulk = page.getByRole('region', { name: 'Bulk send', exact: true });
    await bulk.getByLabel(bulkCustomers[0], { exact: false }).waitFor();
    await bulk.getByRole('button', { name: 'Select none' }).first().click();
    await bulk.getByLabel(bulkCustomers[0], { exact: false }).check();
    await bulk.getByLabel('Line', { exact: true }).selectOption({ label: `Test line ${tag} (${line.phoneNumber})` });
    await bulk.getByLabel('Message').fill('Our yearly check-up starts tomorrow.');
    const later = new Date(Date.now() + 24 * 3600 * 1000);
    const pad = (n) => String(n).padStart(2, '0');
    await bulk.getByLabel('Start later').fill(
      `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:${pad(later.getMinutes())}`);
    await bulk.getByRole('button', { name: 'Start bulk send', exact: true }).click();

    const status = bulk.getByRole('status').filter({ hasText: /done \(sent/ });
    await until(async () => /^STARTED, starts .*: 0 of 1 done/.test(await status.innerText()), 'the send waits for its start time', 30_000);
    await screenshot(page, 'bulk-scheduled');
    await bulk.getByRole('region', { name: /^Progress of bulk send/ }).getByRole('button', { name: /^Stop bulk send/ }).click();
    await until(async () => /^STOPPED: 0 of 1 done/.test(await status.innerText()), 'the stopped send takes its text back', 30_000);
    await page.context().close();
  });
});
