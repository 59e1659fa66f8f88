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

/** Hears a reconnect after a lost connection: events may have been missed, so reload. */
export function onResync(listener) {
  resyncListeners.add(listener);
}

export function startLive(indicator) {
  let wasLost = false;
  stop = subscribe(QUERY, {
    next: (data) => data.conversationsChanged.forEach((changed) => changeListeners.forEach((listener) => listener(changed))),
    state: (state) => {
      indicator.hidden = false;
      indicator.textContent = state === 'live' ? 'Live updates on' : 'Reconnecting live updates…';
      indicator.classList.toggle('live-lost', state !== 'live');
      if (state === 'live' && wasLost) resyncListeners.forEach((listener) => listener());
      wasLost = state !== 'live';
    },
  });
}

export function stopLive() {
  stop?.();
  stop = null;
  changeListeners.clear();
  resyncListeners.clear();
}
