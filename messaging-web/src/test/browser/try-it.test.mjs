// Trying the module as the README's "Run it" says, against `./run` with its demo company (sandbox carrier): sign in
// with the printed administrator link, text "confirm" from the sandbox phone as a demo customer, claim and reply,
// and text one of Twilio's test numbers. Run by TryItIT with: ADMIN_LINK, CHROMIUM, SCREENSHOT_DIR.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const ADMIN_LINK = env('ADMIN_LINK');
const SCREENSHOT_DIR = env('SCREENSHOT_DIR');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const LIVE = 20_000; // the sandbox's delivery reports and live updates

// The demo company (DemoCompany.java): Newt has an appointment tomorrow and was asked to confirm it.
const NEWT = { name: 'Newt Scamander', mobile: '+12015550121' };
const SERVICE_LINE = 'Service (+12015550102)';

describe('Trying the Text Messaging Center in five minutes', { concurrency: false }, () => {
  let browser;
  let page;
  const screenshot = (name) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  const nav = (name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

  before(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(LIVE);
  });

  after(async () => {
    await browser?.close();
  });

  it('1. the printed administrator link signs in and leaves no token in the address bar', async () => {
    await page.goto(ADMIN_LINK);
    await page.getByText('Signed in as alice (Administrator)').waitFor();
    assert.doesNotMatch(page.url(), /token=/);
  });

  it('2. shows the demo inbox', async () => {
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
    await conversations.nth(2).waitFor(); // the demo holds conversations in every state, more than three
    await screenshot('1-demo-inbox');
  });

  it('2b. the demo holds history from past days and a customer\'s photo', async () => {
    await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: 'Lena Ortiz' }).click();
    const conversation = page.getByRole('region', { name: 'Conversation with +12015550124' });
    const photo = conversation.getByRole('img', { name: /Image attachment/ });
    await photo.waitFor();
    assert.ok(await photo.evaluate((image) => image.decode().then(() => image.naturalWidth > 0)), 'the photo is served');
    const times = await conversation.locator('time').evaluateAll((all) => all.map((time) => Date.parse(time.dateTime)));
    const twoDays = 2 * 24 * 3600 * 1000;
    assert.ok(Date.now() - Math.min(...times) > twoDays, 'the conversation began days ago');
    await screenshot('1b-demo-history-and-photo');
  });

  it('3-4. "confirm" from the sandbox phone: the auto-response is DELIVERED and the appointment Confirmed Via SMS', async () => {
    await nav('Sandbox phone');
    const phone = page.getByRole('region', { name: 'Sandbox phone' });
    await phone.getByLabel('This phone\'s number').fill(NEWT.mobile);
    await phone.getByLabel('Texting the line').selectOption({ label: SERVICE_LINE });
    await phone.getByLabel('Text', { exact: true }).fill('confirm');
    await phone.getByRole('button', { name: 'Send from this phone' }).click();
    await phone.locator('.bubble-mine', { hasText: 'confirm' }).waitFor();
    await phone.locator('.bubble-theirs', { hasText: 'your appointment is confirmed' }).filter({ hasText: 'DELIVERED' }).waitFor();
    await screenshot('2-sandbox-phone-confirmed');

    await nav('Inbox');
    await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: NEWT.name })
      .filter({ hasText: 'Service' }).first().click();
    const conversation = page.getByRole('region', { name: `Conversation with ${NEWT.mobile}` });
    await conversation.getByText('Confirmed Via SMS').waitFor();
    await screenshot('3-appointment-confirmed');
  });

  it('5. claims the conversation and replies; the reply is delivered', async () => {
    const conversation = page.getByRole('region', { name: `Conversation with ${NEWT.mobile}` });
    await conversation.getByRole('button', { name: 'Claim', exact: true }).click();
    await conversation.getByRole('button', { name: 'Claimed by you' }).waitFor();
    const reply = conversation.getByRole('form', { name: 'Reply' });
    await reply.getByLabel('Message').fill('Great, Tom will be there at 9.');
    await reply.getByRole('button', { name: 'Send' }).click();
    await conversation.getByRole('listitem').filter({ hasText: 'Great, Tom will be there at 9.' }).filter({ hasText: 'Delivery: DELIVERED' }).waitFor();
    await screenshot('4-claimed-and-replied');
  });

  it('6. a text to Twilio\'s invalid test number fails with 21211', async () => {
    await nav('New conversation');
    const form = page.getByRole('form', { name: 'Compose' });
    await form.getByLabel('To number', { exact: false }).fill('+15005550001');
    await form.getByLabel('Line', { exact: true }).selectOption({ label: SERVICE_LINE });
    await form.getByLabel('Message').fill('Testing a number that does not exist');
    await form.getByRole('button', { name: 'Send' }).click();
    const conversation = page.getByRole('region', { name: 'Conversation with +15005550001' });
    await conversation.getByRole('listitem').filter({ hasText: 'Delivery: FAILED' }).filter({ hasText: 'error 21211' }).waitFor();
    await screenshot('5-test-number-failed');
  });
});
