// Writing a text: a template picker that fills an editable box, and a live segment count of what is typed.
import { gql } from './graphql.js';
import { read, attempt, announce, showError } from './alerts.js';
import { h, field, uid, fill } from './dom.js';
import { createSegmentPreview } from './segment-preview.js';
import { messageBox } from './limits.js';

const TEMPLATES = '{ templates { id description } }';
const RENDER_TEMPLATE = `query RenderTemplate($templateId: ID!, $conversationId: ID) {
  renderTemplate(templateId: $templateId, conversationId: $conversationId) { body segments encoding unknownMergeFields emptyMergeFields } }`;

/**
 * title: the form's heading; fieldsBefore: extra labelled fields (the new-conversation form's number and line);
 * conversationId(): the conversation merge fields are filled from (null: company fields only);
 * send({ body, templateId, sendAt }): sends, at once or at sendAt (an ISO time, null for now); the body is the text as the user left it, or null while a picked template's text
 * is unchanged (the server then fills it in for the recipient: a new conversation's customer gets their own name, which
 * the box could not show); the template brings its images/vCard.
 */
export function createComposer({ title, fieldsBefore = [], conversationId = () => null, send }) {
  let templateId = null;
  let templateText = null;

  const picker = h('select', { onchange: pickTemplate }, h('option', { value: '' }, 'No template'));
  const body = messageBox({ rows: 4 });
  const preview = createSegmentPreview({ source: body, conversationId });
  const sendAt = h('input', { type: 'datetime-local' });
  const sendButton = h('button', { type: 'submit' }, 'Send');
  const heading = h('h3', { id: uid('composer') }, title);
  const element = h('form', { class: 'composer', 'aria-labelledby': heading.id, onsubmit: submit },
    heading, fieldsBefore, field('Template', picker), field('Message', body), preview.element,
    field('Send later', sendAt, 'Leave empty to send now. Your own time; a scheduled text can be canceled until it goes.'),
    sendButton);

  async function loadTemplates() {
    const data = await read(() => gql(TEMPLATES));
    if (!data) return;
    fill(picker, h('option', { value: '' }, 'No template'),
      data.templates.map((template) => h('option', { value: template.id, selected: template.id === templateId }, template.description)));
  }

  async function pickTemplate() {
    templateId = picker.value || null;
    templateText = null;
    if (!templateId) return;
    const data = await attempt(() => gql(RENDER_TEMPLATE, { templateId, conversationId: conversationId() }));
    if (!data) return;
    templateText = data.renderTemplate.body;
    body.value = templateText;
    preview.show(data.renderTemplate);
  }

  async function submit(event) {
    event.preventDefault();
    if (!body.value.trim()) {
      showError('Type a message or pick a template first.');
      body.focus();
      return;
    }
    sendButton.disabled = true;
    const unchanged = templateId !== null && body.value === templateText;
    const later = sendAt.value ? new Date(sendAt.value).toISOString() : null;
    const sent = await attempt(() => send({ body: unchanged ? null : body.value, templateId, sendAt: later }));
    sendButton.disabled = false;
    if (sent) {
      reset();
      announce(later ? 'Message scheduled.' : 'Message queued for sending.');
    }
  }

  function reset() {
    templateId = null;
    templateText = null;
    picker.value = '';
    body.value = '';
    sendAt.value = '';
    preview.clear();
  }

  return { element, loadTemplates, reset };
}
