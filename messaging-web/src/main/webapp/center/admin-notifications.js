// Administration: the text a customer gets when their appointment moves to each status, and whether it is sent.
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, uid } from './dom.js';
import { createSegmentPreview } from './segment-preview.js';
import { messageBox } from './limits.js';

const SETTINGS = '{ notificationSettings { status enabled message keepsQuietHours } }';
const SAVE = 'mutation SaveNotification($input: NotificationSettingInput!) { saveNotificationSetting(input: $input) { status enabled message keepsQuietHours } }';

const STATUS_NAMES = { SCHEDULED: 'Scheduled', DISPATCHED: 'Dispatched', IN_ROUTE: 'In Route', ARRIVED: 'Arrived', IN_PROGRESS: 'In Progress', COMPLETED: 'Completed', CANCELED: 'Canceled' };

export function createNotificationsAdmin() {
  const rows = h('div', { class: 'notification-rows' });
  const heading = h('h2', { id: uid('notifications'), tabindex: -1 }, 'Notification settings');
  const element = h('section', { class: 'page', 'aria-labelledby': heading.id }, heading,
    h('p', {}, 'One text per appointment status, sent to the customer when the appointment reaches it.'), rows);

  async function show() {
    const data = await read(() => gql(SETTINGS));
    if (data) rows.replaceChildren(...data.notificationSettings.map(row));
  }

  function row(setting) {
    const name = STATUS_NAMES[setting.status] ?? setting.status;
    const enabled = h('input', { type: 'checkbox', role: 'switch', checked: setting.enabled });
    const message = messageBox({ rows: 3, value: setting.message });
    const keepsQuietHours = h('input', { type: 'checkbox', checked: setting.keepsQuietHours });
    const preview = createSegmentPreview({ source: message });
    const legendId = uid('status');
    return h('form', { class: 'notification-row', 'aria-labelledby': legendId, onsubmit: save },
      h('h3', { id: legendId }, name),
      field(`Send on ${name}`, enabled),
      field(`${name} message`, message),
      field(`Hold the ${name} text during the customer's quiet hours`, keepsQuietHours),
      preview.element,
      h('button', { type: 'submit', class: 'secondary' }, `Save ${name}`));

    async function save(event) {
      event.preventDefault();
      const data = await attempt(() => gql(SAVE, {
        input: { status: setting.status, enabled: enabled.checked, message: message.value, keepsQuietHours: keepsQuietHours.checked },
      }));
      if (data) announce(`${name} notification saved.`);
    }
  }

  return { element, show, focus: () => heading.focus() };
}
