// Administration: auto-responders (which received texts get an automatic answer, on which lines, in which hours).
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, select, table, uid, fill } from './dom.js';
import { messageBox } from './limits.js';

const RESPONDERS = `{ autoResponders { id type keyword message includeVCard active imageUrls lines { id description }
  schedule { days opensAt closesAt timeZone } } senderLines { id description phoneNumber } }`;
const SAVE = 'mutation SaveResponder($input: AutoResponderInput!) { saveAutoResponder(input: $input) { id } }';
const DELETE = 'mutation DeleteResponder($id: ID!) { deleteAutoResponder(id: $id) }';

const TYPES = [['KEYWORD', 'Keyword'], ['APPOINTMENT_CONFIRMATION', 'Appointment confirmation'], ['FIRST_MESSAGE', 'First message'],
  ['AFTER_HOURS', 'After hours'], ['DURING_HOURS', 'During hours']];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function createRespondersAdmin() {
  let editingId = null;
  let lineBoxes = [];

  const list = h('div');
  const type = select(TYPES, 'KEYWORD', { onchange: () => syncKeyword() });
  const keyword = h('input', { type: 'text', autocomplete: 'off' });
  const message = messageBox({ rows: 3, required: true });
  const lines = h('fieldset', { class: 'choices' });
  const useSchedule = h('input', { type: 'checkbox', onchange: () => syncSchedule() });
  const dayBoxes = DAYS.map((day) => h('input', { type: 'checkbox', value: day }));
  const opensAt = h('input', { type: 'time', value: '08:00' });
  const closesAt = h('input', { type: 'time', value: '17:00' });
  const timeZone = h('input', { type: 'text', value: BROWSER_ZONE, autocomplete: 'off' });
  const scheduleFields = h('div', { class: 'schedule' },
    h('fieldset', { class: 'choices' }, h('legend', {}, 'Days'), dayBoxes.map((box) => field(box.value[0] + box.value.slice(1).toLowerCase(), box))),
    field('Opens at', opensAt), field('Closes at', closesAt, 'Before the opening time: runs past midnight'), field('Time zone', timeZone, 'IANA, e.g. America/Chicago'));
  const includeVCard = h('input', { type: 'checkbox' });
  const active = h('input', { type: 'checkbox', checked: true });
  const imageUrls = h('textarea', { rows: 2 });
  const deleteButton = h('button', { type: 'button', class: 'danger', hidden: true, onclick: remove }, 'Delete auto-responder');
  const formHeading = h('h3', { id: uid('responder-form') }, 'Add an auto-responder');
  const form = h('form', { class: 'editor', 'aria-labelledby': formHeading.id, onsubmit: save },
    formHeading,
    field('Type', type),
    field('Keyword', keyword, 'The whole text must equal it (any case)'),
    field('Message', message),
    lines,
    field('Use a schedule', useSchedule),
    scheduleFields,
    field('Include the company vCard', includeVCard),
    field('Image URLs', imageUrls, 'One per line'),
    field('Active', active),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, 'Save auto-responder'),
      h('button', { type: 'button', class: 'secondary', onclick: () => edit(null) }, 'New auto-responder'),
      deleteButton));
  const heading = h('h2', { id: uid('responders'), tabindex: -1 }, 'Auto-responders');
  const element = h('section', { class: 'page', 'aria-labelledby': heading.id }, heading, list, form);

  function syncKeyword() {
    keyword.disabled = !['KEYWORD', 'APPOINTMENT_CONFIRMATION'].includes(type.value);
  }

  function syncSchedule() {
    scheduleFields.hidden = !useSchedule.checked;
  }

  async function show() {
    const data = await read(() => gql(RESPONDERS));
    if (!data) return;
    lineBoxes = data.senderLines.map((line) => h('input', { type: 'checkbox', value: line.id }));
    fill(lines, h('legend', {}, 'Lines (none checked: every line)'),
      data.senderLines.map((line, index) => field(`${line.description} (${line.phoneNumber})`, lineBoxes[index])));
    fill(list, table('Auto-responders', ['Type', 'Keyword', 'Message', 'Lines', 'Schedule', 'Active', 'Edit'],
      data.autoResponders.map((responder) => [
        TYPES.find(([value]) => value === responder.type)[1], responder.keyword ?? '', h('span', { class: 'clip' }, responder.message),
        responder.lines.length ? responder.lines.map((line) => line.description).join(', ') : 'Every line',
        responder.schedule ? `${responder.schedule.days.map((day) => day.slice(0, 3)).join(' ')} ${responder.schedule.opensAt}–${responder.schedule.closesAt} ${responder.schedule.timeZone}` : 'Always',
        responder.active ? 'Yes' : 'No',
        h('button', { type: 'button', class: 'secondary', 'aria-label': `Edit ${responder.type} ${responder.keyword ?? ''}`.trim(), onclick: () => edit(responder) }, 'Edit')])));
    edit(null, false);
  }

  function edit(responder, moveFocus = true) {
    editingId = responder?.id ?? null;
    formHeading.textContent = responder ? 'Edit auto-responder' : 'Add an auto-responder';
    type.value = responder?.type ?? 'KEYWORD';
    keyword.value = responder?.keyword ?? '';
    message.value = responder?.message ?? '';
    const chosenLines = new Set((responder?.lines ?? []).map((line) => line.id));
    lineBoxes.forEach((box) => { box.checked = chosenLines.has(box.value); });
    useSchedule.checked = Boolean(responder?.schedule);
    const days = new Set(responder?.schedule?.days ?? DAYS.slice(0, 5));
    dayBoxes.forEach((box) => { box.checked = days.has(box.value); });
    opensAt.value = responder?.schedule?.opensAt ?? '08:00';
    closesAt.value = responder?.schedule?.closesAt ?? '17:00';
    timeZone.value = responder?.schedule?.timeZone ?? BROWSER_ZONE;
    includeVCard.checked = responder?.includeVCard ?? false;
    imageUrls.value = (responder?.imageUrls ?? []).join('\n');
    active.checked = responder?.active ?? true;
    deleteButton.hidden = !responder;
    syncKeyword();
    syncSchedule();
    if (moveFocus) type.focus();
  }

  async function save(event) {
    event.preventDefault();
    const input = {
      id: editingId, type: type.value, keyword: keyword.disabled ? null : keyword.value || null, message: message.value,
      lineIds: lineBoxes.filter((box) => box.checked).map((box) => box.value),
      schedule: useSchedule.checked ? {
        days: dayBoxes.filter((box) => box.checked).map((box) => box.value),
        opensAt: opensAt.value, closesAt: closesAt.value, timeZone: timeZone.value,
      } : null,
      includeVCard: includeVCard.checked, active: active.checked,
      imageUrls: imageUrls.value.split('\n').map((url) => url.trim()).filter(Boolean),
    };
    if (await attempt(() => gql(SAVE, { input }))) {
      announce('Auto-responder saved.');
      show();
    }
  }

  async function remove() {
    if (!confirm('Delete this auto-responder?')) return;
    if (await attempt(() => gql(DELETE, { id: editingId }))) {
      announce('Auto-responder deleted.');
      show();
    }
  }

  return { element, show, focus: () => heading.focus() };
}
