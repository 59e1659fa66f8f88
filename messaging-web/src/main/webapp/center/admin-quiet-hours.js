// Administration: quiet hours. Bulk and scheduled texts reach a recipient only inside this window of their local day.
import { gql } from './graphql.js';
import { read, attempt, announce } from './alerts.js';
import { h, field, uid } from './dom.js';

const WINDOW = '{ textingWindow { opensAt closesAt } }';
const SAVE = `mutation SaveWindow($opensAt: String!, $closesAt: String!) {
  updateTextingWindow(opensAt: $opensAt, closesAt: $closesAt) { opensAt closesAt } }`;

export function createQuietHoursAdmin() {
  const opensAt = h('input', { type: 'time', required: true });
  const closesAt = h('input', { type: 'time', required: true });
  const heading = h('h2', { id: uid('quiet-hours'), tabindex: -1 }, 'Quiet hours');
  const element = h('section', { class: 'page narrow-page', 'aria-labelledby': heading.id }, heading,
    h('p', { class: 'hint' }, 'Bulk sends and scheduled texts reach a customer only inside this window, in the customer\'s'
      + ' own time zone (from the number\'s area code). A text due outside it waits until it opens, and its conversation'
      + ' says when it goes. Replies, auto-responses and notifications are not held. The TCPA and the strictest state'
      + ' laws allow 8:00 AM to 9:00 PM.'),
    h('form', { class: 'editor', 'aria-label': 'Texting window', onsubmit: save },
      field('Texts may arrive from', opensAt),
      field('until', closesAt, 'A window that ends before it starts runs overnight; the same time twice means no quiet hours.'),
      h('button', { type: 'submit' }, 'Save quiet hours')));

  function showWindow(window) {
    opensAt.value = window.opensAt;
    closesAt.value = window.closesAt;
  }

  async function show() {
    const data = await read(() => gql(WINDOW));
    if (data) showWindow(data.textingWindow);
  }

  async function save(event) {
    event.preventDefault();
    const data = await attempt(() => gql(SAVE, { opensAt: opensAt.value, closesAt: closesAt.value }));
    if (data) {
      showWindow(data.updateTextingWindow);
      announce('Quiet hours saved.');
    }
  }

  return { element, show, focus: () => heading.focus() };
}
