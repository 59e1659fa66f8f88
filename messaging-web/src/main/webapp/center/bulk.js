// Bulk sends: pick a day's appointments (their customers) or employees, a line and a template and/or text; start it,
// optionally a later start time; follow its progress, stop or restart it, and see past sends.
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, table, uid, fill } from './dom.js';
import { formatDateTime, tomorrow } from './format.js';
import { messageBox } from './limits.js';

const BULK = 'id kind status total sent skipped failed startedAt sendAt endedAt';
const CHOICES = '{ senderLines { id description phoneNumber active } templates { id description } }';
const APPOINTMENTS = 'query Day($date: Date!) { appointments(date: $date) { id start status customer { id name mobile } } }';
const EMPLOYEES = '{ employees { id name mobile } }';
const START_CUSTOMERS = `mutation StartCustomers($input: BulkCustomerSendInput!) { startBulkCustomerSend(input: $input) { ${BULK} } }`;
const START_EMPLOYEES = `mutation StartEmployees($input: BulkEmployeeSendInput!) { startBulkEmployeeSend(input: $input) { ${BULK} } }`;
const ONE = `query Bulk($id: ID!) { bulkSend(id: $id) { ${BULK} } }`;
const ALL = `{ bulkSends { ${BULK} } }`;
const STOP = `mutation Stop($id: ID!) { stopBulkSend(id: $id) { ${BULK} } }`;
const RESTART = `mutation Restart($id: ID!) { restartBulkSend(id: $id) { ${BULK} } }`;

const RUNNING = ['STARTING', 'STARTED', 'STOPPING'];
const RESTARTABLE = ['STOPPED', 'FAILED'];
const POLL_MS = 1500;

export function createBulkPage() {
  let followed = null; // the send whose progress is shown
  let pollTimer;
  let visible = false;

  // Recipients
  const toCustomers = h('input', { type: 'radio', name: 'bulk-kind', value: 'CUSTOMERS', checked: true, onchange: syncKind });
  const toEmployees = h('input', { type: 'radio', name: 'bulk-kind', value: 'EMPLOYEES', onchange: syncKind });
  const date = h('input', { type: 'date', value: tomorrow(), onchange: loadAppointments });
  const appointmentList = h('fieldset', { class: 'choices recipients' });
  const employeeList = h('fieldset', { class: 'choices recipients' });
  const marketing = h('input', { type: 'checkbox' });
  const customerPart = h('div', {}, field('Appointments on', date, 'Tomorrow unless you pick another day'), selectionButtons(appointmentList), appointmentList,
    field('Marketing: text only customers with marketing consent', marketing));
  const employeePart = h('div', { hidden: true }, selectionButtons(employeeList), employeeList);

  // What is sent
  const line = h('select', { required: true });
  const template = h('select');
  const body = messageBox({ rows: 4 });
  const sendAt = h('input', { type: 'datetime-local' });
  const startButton = h('button', { type: 'submit' }, 'Start bulk send');
  const formHeading = h('h3', { id: uid('bulk-form') }, 'New bulk send');
  const form = h('form', { class: 'editor', 'aria-labelledby': formHeading.id, onsubmit: start },
    formHeading,
    h('fieldset', { class: 'choices' }, h('legend', {}, 'Send to'),
      field('Customers of a day\'s appointments', toCustomers), field('Employees', toEmployees)),
    customerPart, employeePart,
    field('Line', line),
    field('Template', template),
    field('Message', body, 'With a template: the edited text. Merge fields such as {CustomerFirstName} are filled for each recipient.'),
    field('Start later', sendAt, 'Leave empty to start now. Your own time; the texts wait until then, and stopping the send takes them back.'),
    startButton);

  // Progress of the followed send
  const progressHeading = h('h3', { id: uid('bulk-progress') }, 'Progress');
  const progress = h('progress', { max: 1, value: 0, 'aria-labelledby': progressHeading.id });
  const progressText = h('p', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const progressButtons = h('div', { class: 'buttons' });
  const progressPanel = h('section', { class: 'progress-panel', 'aria-labelledby': progressHeading.id, hidden: true },
    progressHeading, progress, progressText, progressButtons);

  const past = h('div');
  const heading = h('h2', { id: uid('bulk'), tabindex: -1 }, 'Bulk send');
  const element = h('section', { class: 'page', 'aria-labelledby': heading.id }, heading, form, progressPanel,
    h('h3', {}, 'Past sends'), past);

  function selectionButtons(fieldset) {
    const setAll = (checked) => fieldset.querySelectorAll('input[type=checkbox]').forEach((box) => { box.checked = checked; });
    return h('div', { class: 'buttons' },
      h('button', { type: 'button', class: 'secondary', onclick: () => setAll(true) }, 'Select all'),
      h('button', { type: 'button', class: 'secondary', onclick: () => setAll(false) }, 'Select none'));
  }

  function syncKind() {
    customerPart.hidden = !toCustomers.checked;
    employeePart.hidden = toCustomers.checked;
  }

  async function loadAppointments() {
    const data = await read(() => gql(APPOINTMENTS, { date: date.value }));
    if (!data) return;
    fill(appointmentList, h('legend', {}, `Appointments (${data.appointments.length})`),
      data.appointments.length ? data.appointments.map((appointment) => field(
        `${appointment.customer.name}, ${formatDateTime(appointment.start)}, ${appointment.status}${appointment.customer.mobile ? '' : ', no mobile'}`,
        h('input', { type: 'checkbox', value: appointment.id, checked: appointment.status !== 'CANCELED' })))
        : h('p', {}, 'No appointments that day.'));
  }

  async function loadEmployees() {
    const data = await read(() => gql(EMPLOYEES));
    if (!data) return;
    fill(employeeList, h('legend', {}, `Employees (${data.employees.length})`),
      data.employees.map((employee) => field(`${employee.name}${employee.mobile ? '' : ', no mobile'}`,
        h('input', { type: 'checkbox', value: employee.id, checked: Boolean(employee.mobile) }))));
  }

  async function loadChoices() {
    const data = await read(() => gql(CHOICES));
    if (!data) return;
    line.replaceChildren(...data.senderLines.filter((candidate) => candidate.active)
      .map((candidate) => h('option', { value: candidate.id }, `${candidate.description} (${candidate.phoneNumber})`)));
    fill(template, h('option', { value: '' }, 'No template'),
      data.templates.map((candidate) => h('option', { value: candidate.id }, candidate.description)));
  }

  const checkedIn = (fieldset) => [...fieldset.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);

  async function start(event) {
    event.preventDefault();
    const later = sendAt.value ? new Date(sendAt.value).toISOString() : null;
    const common = { lineId: line.value, templateId: template.value || null, body: body.value.trim() ? body.value : null, sendAt: later };
    startButton.disabled = true;
    const data = await attempt(() => (toCustomers.checked
      ? gql(START_CUSTOMERS, { input: { ...common, appointmentIds: checkedIn(appointmentList), marketing: marketing.checked } }).then((answer) => answer.startBulkCustomerSend)
      : gql(START_EMPLOYEES, { input: { ...common, employeeIds: checkedIn(employeeList) } }).then((answer) => answer.startBulkEmployeeSend)));
    startButton.disabled = false;
    if (data) {
      announce(later ? `Bulk send scheduled for ${formatDateTime(later)}.` : 'Bulk send started.');
      sendAt.value = '';
      follow(data);
      loadPast();
    }
  }

  function follow(send) {
    followed = send;
    progressPanel.hidden = false;
    const done = send.sent + send.skipped + send.failed;
    progressHeading.textContent = `Progress of bulk send ${send.id}`;
    progress.max = Math.max(send.total, 1);
    progress.value = done;
    const waits = send.sendAt && RUNNING.includes(send.status) && new Date(send.sendAt) > new Date() ? `, starts ${formatDateTime(send.sendAt)}` : '';
    progressText.textContent = `${send.status}${waits}: ${done} of ${send.total} done (sent ${send.sent}, skipped ${send.skipped}, failed ${send.failed})`;
    progressButtons.replaceChildren(...actionButtons(send));
    clearTimeout(pollTimer);
    if (RUNNING.includes(send.status) && visible) pollTimer = setTimeout(poll, POLL_MS);
  }

  async function poll() {
    const data = await gql(ONE, { id: followed.id }).catch(() => null);
    if (!data?.bulkSend || data.bulkSend.id !== followed.id) return;
    const wasRunning = RUNNING.includes(followed.status);
    follow(data.bulkSend);
    if (wasRunning && !RUNNING.includes(data.bulkSend.status)) loadPast();
  }

  function actionButtons(send) {
    return [
      RUNNING.includes(send.status) ? h('button', { type: 'button', class: 'danger', 'aria-label': `Stop bulk send ${send.id}`, onclick: () => act(STOP, send, 'stopBulkSend') }, 'Stop') : null,
      RESTARTABLE.includes(send.status) ? h('button', { type: 'button', 'aria-label': `Restart bulk send ${send.id}`, onclick: () => act(RESTART, send, 'restartBulkSend') }, 'Restart') : null,
    ].filter(Boolean);
  }

  async function act(mutation, send, answerName) {
    const data = await attempt(() => gql(mutation, { id: send.id }));
    if (data) {
      follow(data[answerName]);
      loadPast();
    }
  }

  async function loadPast() {
    const data = await read(() => gql(ALL));
    if (!data) return;
    fill(past, table('Bulk sends, newest first', ['Send', 'Started', 'Texts go', 'To', 'Status', 'Total', 'Sent', 'Skipped', 'Failed', 'Actions'],
      data.bulkSends.map((send) => [send.id, formatDateTime(send.startedAt), send.sendAt ? formatDateTime(send.sendAt) : 'At once',
        send.kind === 'CUSTOMERS' ? 'Customers' : 'Employees', send.status,
        String(send.total), String(send.sent), String(send.skipped), String(send.failed),
        h('div', { class: 'buttons' },
          h('button', { type: 'button', class: 'secondary', 'aria-label': `Show progress of bulk send ${send.id}`, onclick: () => follow(send) }, 'Show'),
          actionButtons(send))])));
  }

  return {
    element,
    show() {
      visible = true;
      loadChoices();
      loadAppointments();
      loadEmployees();
      loadPast();
      if (followed) poll();
    },
    hide() {
      visible = false;
      clearTimeout(pollTimer);
    },
    focus: () => heading.focus(),
  };
}
