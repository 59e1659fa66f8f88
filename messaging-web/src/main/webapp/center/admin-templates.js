// Administration: message templates, with a live preview of segments, encoding and unknown merge fields.
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, table, uid, fill } from './dom.js';
import { createSegmentPreview } from './segment-preview.js';
import { messageBox } from './limits.js';

const TEMPLATES = `{ templates { id description body optionalUrl includePortalLink includeVCard imageUrls marketing line { id } }
  senderLines { id description phoneNumber } }`;
const SAVE = 'mutation SaveTemplate($input: TemplateInput!) { saveTemplate(input: $input) { id } }';
const DELETE = 'mutation DeleteTemplate($id: ID!) { deleteTemplate(id: $id) }';

export function createTemplatesAdmin() {
  let editingId = null;

  const list = h('div');
  const description = h('input', { type: 'text', required: true });
  const body = messageBox({ rows: 5, required: true });
  const preview = createSegmentPreview({ source: body, showBody: true });
  const line = h('select');
  const optionalUrl = h('input', { type: 'url' });
  const includePortalLink = h('input', { type: 'checkbox' });
  const includeVCard = h('input', { type: 'checkbox' });
  const marketing = h('input', { type: 'checkbox' });
  const imageUrls = h('textarea', { rows: 2 });
  const deleteButton = h('button', { type: 'button', class: 'danger', hidden: true, onclick: remove }, 'Delete template');
  const formHeading = h('h3', { id: uid('template-form') }, 'Add a template');
  const form = h('form', { class: 'editor', 'aria-labelledby': formHeading.id, onsubmit: save },
    formHeading,
    field('Description', description, 'The name agents pick it by'),
    field('Body', body, 'Merge fields such as {CustomerFirstName}, {AppointmentDate}, {CompanyName}'),
    preview.element,
    field('Line', line),
    field('Optional URL', optionalUrl, 'Added on a line of its own'),
    field('Include the customer-portal link', includePortalLink),
    field('Include the company vCard', includeVCard),
    field('Marketing: texts from it go only to customers with marketing consent', marketing),
    field('Image URLs', imageUrls, 'One per line, at most three'),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, 'Save template'),
      h('button', { type: 'button', class: 'secondary', onclick: () => edit(null) }, 'New template'),
      deleteButton));
  const heading = h('h2', { id: uid('templates'), tabindex: -1 }, 'Templates');
  const element = h('section', { class: 'page', 'aria-labelledby': heading.id }, heading, list, form);

  async function show() {
    const data = await read(() => gql(TEMPLATES));
    if (!data) return;
    const lineNames = new Map(data.senderLines.map((candidate) => [candidate.id, `${candidate.description} (${candidate.phoneNumber})`]));
    fill(line, h('option', { value: '' }, 'The conversation\'s line'),
      data.senderLines.map((candidate) => h('option', { value: candidate.id }, lineNames.get(candidate.id))));
    fill(list, table('Templates', ['Description', 'Body', 'Line', 'Edit'],
      data.templates.map((template) => [template.description, h('span', { class: 'clip' }, template.body),
        template.line ? lineNames.get(template.line.id) : 'Any',
        h('button', { type: 'button', class: 'secondary', 'aria-label': `Edit ${template.description}`, onclick: () => edit(template) }, 'Edit')])));
  }

  function edit(template) {
    editingId = template?.id ?? null;
    formHeading.textContent = template ? `Edit template ${template.description}` : 'Add a template';
    description.value = template?.description ?? '';
    body.value = template?.body ?? '';
    line.value = template?.line?.id ?? '';
    optionalUrl.value = template?.optionalUrl ?? '';
    includePortalLink.checked = template?.includePortalLink ?? false;
    includeVCard.checked = template?.includeVCard ?? false;
    marketing.checked = template?.marketing ?? false;
    imageUrls.value = (template?.imageUrls ?? []).join('\n');
    deleteButton.hidden = !template;
    preview.refresh();
    description.focus();
  }

  async function save(event) {
    event.preventDefault();
    const input = {
      id: editingId, description: description.value, body: body.value, lineId: line.value || null,
      optionalUrl: optionalUrl.value || null, includePortalLink: includePortalLink.checked, includeVCard: includeVCard.checked, marketing: marketing.checked,
      imageUrls: imageUrls.value.split('\n').map((url) => url.trim()).filter(Boolean),
    };
    if (await attempt(() => gql(SAVE, { input }))) {
      announce('Template saved.');
      edit(null);
      show();
    }
  }

  async function remove() {
    if (!confirm(`Delete the template "${description.value}"?`)) return;
    if (await attempt(() => gql(DELETE, { id: editingId }))) {
      announce('Template deleted.');
      edit(null);
      show();
    }
  }

  return { element, show, focus: () => heading.focus() };
}
