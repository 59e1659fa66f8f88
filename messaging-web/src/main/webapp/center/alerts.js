// What the user is told: errors in the role="alert" region (read out at once), confirmations in a polite status.
import { h } from './dom.js';

const alerts = () => document.getElementById('alerts');
const notice = () => document.getElementById('notice');

export function showError(error) {
  const message = error instanceof Error ? error.message : String(error);
  alerts().replaceChildren(
    h('div', { class: 'alert' },
      h('p', {}, message),
      h('button', { type: 'button', class: 'link-button', onclick: clearAlerts }, 'Dismiss')));
}

export function clearAlerts() {
  alerts().replaceChildren();
}

/** Announces a confirmation ("Saved") to screen readers and shows it briefly. */
export function announce(text) {
  notice().textContent = text;
  setTimeout(() => { if (notice().textContent === text) notice().textContent = ''; }, 6000);
}

/**
 * Runs a read (a page load, a live refresh): shows its error but leaves earlier ones in place, so a background refresh
 * never hides a message the user has not read yet. Resolves to the result, or undefined when it failed. Refused calls
 * are handled by app.js (back to sign-in), so they are not shown twice.
 */
export async function read(action) {
  try {
    return await action();
  } catch (error) {
    if (!error.refused) showError(error);
    return undefined;
  }
}

/** Runs a user action (a save, a claim, a send): the previous error goes, this one's shows. */
export function attempt(action) {
  clearAlerts();
  return read(action);
}
