// The sign-in screen: the user pastes the JWT their identity provider gave them.
import { signIn } from './session.js';
import { showError, clearAlerts } from './alerts.js';
import { h, field, uid } from './dom.js';

/** signedIn(): what to do once a token is stored. */
export function createSignIn(signedIn) {
  const pasted = h('textarea', { rows: 6, required: true, autocomplete: 'off', spellcheck: 'false', class: 'token-box' });
  const heading = h('h2', { id: uid('sign-in'), tabindex: -1 }, 'Sign in');
  const element = h('section', { class: 'page narrow-page', 'aria-labelledby': heading.id }, heading,
    h('form', { class: 'editor', 'aria-labelledby': heading.id, onsubmit: submit },
      field('Access token (JWT)', pasted, 'Paste the bearer token you were given. It is kept in this browser tab only.'),
      h('button', { type: 'submit' }, 'Sign in')));

  function submit(event) {
    event.preventDefault();
    try {
      signIn(pasted.value);
    } catch (error) {
      showError(error);
      pasted.focus();
      return;
    }
    clearAlerts();
    pasted.value = '';
    signedIn();
  }

  return { element, focus: () => heading.focus() };
}
