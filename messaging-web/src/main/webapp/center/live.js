// One conversationsChanged subscription for the whole page (the conversations of a moment in one event); the inbox and
// the open conversation listen to it.
import { subscribe } from './graphql.js';

const QUERY = 'subscription { conversationsChanged { id externalNumber status lastMessageAt unreviewedCount line { id phoneNumber } } }';

const changeListeners = new Set();
const resyncListeners = new Set();
let stop = null;

/** Hears each changed conversation (its own fields and line only: fetch conversation(id) for the rest). */
export function onConversationChanged(listener) {
  changeListeners.add(listener);
}

/**
 * Hears that the subscription holds, at the start and after a lost connection: changes before it were not sent, so
 * reload.
 */
export function onResync(listener) {
  resyncListeners.add(listener);
}

// The subscription's first event (an empty list) says the server holds it; until then changes may pass unheard.
export function startLive(indicator) {
  let holding = false;
  const show = (live, text) => {
    indicator.hidden = false;
    indicator.textContent = text;
    indicator.classList.toggle('live-lost', !live);
  };
  show(false, 'Connecting live updates…');
  stop = subscribe(QUERY, {
    next: (data) => {
      if (!holding) {
        holding = true;
        show(true, 'Live updates on');
        resyncListeners.forEach((listener) => listener());
      }
      data.conversationsChanged.forEach((changed) => changeListeners.forEach((listener) => listener(changed)));
    },
    state: (state) => {
      if (state === 'reconnecting') {
        holding = false;
        show(false, 'Reconnecting live updates…');
      }
    },
  });
}

export function stopLive() {
  stop?.();
  stop = null;
  changeListeners.clear();
  resyncListeners.clear();
}
