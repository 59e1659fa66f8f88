// The shared inbox: filters, the conversation list with "load more" paging, and live updates from the subscription.
import { gql } from './graphql.js';
import { read } from './alerts.js';
import { h, field, select, uid, debounce, replaceKeepingFocus } from './dom.js';
import { formatDateTime, plural, startOfLocalDay } from './format.js';
import { statusBadge, unreviewedBadge } from './status-badge.js';
import { onConversationChanged, onResync } from './live.js';

const ENTRY = 'id externalNumber status lastMessageAt unreviewedCount line { id phoneNumber description } customer { id name } employee { id name } claimedBy { id name }';
const PAGE = `query Inbox($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) { totalCount nextCursor items { ${ENTRY} } } }`;
const ONE = `query InboxEntry($id: ID!) { conversation(id: $id) { ${ENTRY} } }`;
const PAGE_SIZE = 25;

const STATUS_CHOICES = [['', 'Any status'], ['OPEN', 'Open (NEW or CLAIMED)'], ['NEW', 'NEW'], ['CLAIMED', 'CLAIMED'], ['RESOLVED', 'RESOLVED']];

export function createInbox() {
  const entries = new Map();
  let nextCursor = null;
  let selectedId = null;
  let generation = 0; // answers to an older filter are dropped

  const status = select(STATUS_CHOICES, '', { onchange: () => reload() });
  const from = h('input', { type: 'date', onchange: () => reload() });
  const to = h('input', { type: 'date', onchange: () => reload() });
  const search = h('input', { type: 'search', autocomplete: 'off', oninput: debounce(() => reload(), 400) });
  const unreviewedOnly = h('input', { type: 'checkbox', onchange: () => reload() });
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter conversations', onsubmit: (event) => { event.preventDefault(); reload(); } },
    field('Status', status),
    field('From', from),
    field('To', to),
    field('Search', search, 'Three or more digits of the number, a name, or words of a message'),
    field('Unreviewed only', unreviewedOnly));

  const heading = h('h2', { id: uid('inbox'), tabindex: -1 }, 'Inbox');
  const count = h('p', { class: 'count' });
  const updates = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'conversation-list', 'aria-label': 'Conversations' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true, onclick: loadMore }, 'Load more');
  const element = h('section', { class: 'inbox-pane', 'aria-labelledby': heading.id }, heading, filters, count, updates, list, more);

  function currentFilter() {
    const statuses = status.value === 'OPEN' ? ['NEW', 'CLAIMED'] : status.value ? [status.value] : null;
    return {
      status: statuses,
      from: from.value ? startOfLocalDay(from.value) : null,
      to: to.value ? startOfLocalDay(to.value, 1) : null, // the whole "to" day
      search: search.value.trim() || null,
      unreviewedOnly: unreviewedOnly.checked,
    };
  }

  async function reload() {
    const mine = ++generation;
    const data = await read(() => gql(PAGE, { filter: currentFilter(), first: PAGE_SIZE }));
    if (!data || mine !== generation) return;
    entries.clear();
    addPage(data.conversations);
  }

  async function loadMore() {
    const mine = generation;
    const data = await read(() => gql(PAGE, { filter: currentFilter(), first: PAGE_SIZE, after: nextCursor }));
    if (data && mine === generation) addPage(data.conversations);
  }

  function addPage(page) {
    page.items.forEach((conversation) => entries.set(conversation.id, conversation));
    nextCursor = page.nextCursor;
    count.textContent = plural(page.totalCount, 'conversation');
    render();
  }

  function render() {
    const newestFirst = [...entries.values()].sort((a, b) => Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt));
    replaceKeepingFocus(list, newestFirst.length ? newestFirst.map(entryItem) : h('li', { class: 'empty' }, 'No conversations match.'));
    more.hidden = !nextCursor;
  }

  function entryItem(conversation) {
    const party = conversation.customer?.name ?? (conversation.employee ? `${conversation.employee.name} (employee)` : null);
    const selected = conversation.id === selectedId;
    return h('li', { class: selected ? 'entry selected' : 'entry' },
      h('a', { href: `#/conversations/${conversation.id}`, 'aria-current': selected ? 'true' : null, 'data-focus-key': `entry-${conversation.id}` },
        h('span', { class: 'entry-top' },
          h('span', { class: 'number' }, conversation.externalNumber),
          h('time', { datetime: conversation.lastMessageAt }, formatDateTime(conversation.lastMessageAt))),
        party ? h('span', { class: 'party' }, party) : null,
        h('span', { class: 'entry-badges' }, statusBadge(conversation), unreviewedBadge(conversation.unreviewedCount)),
        h('span', { class: 'entry-line' }, `Line ${conversation.line.description} ${conversation.line.phoneNumber}`)));
  }

  // A changed conversation already listed is re-read; an unknown one may belong on the first page (the server filters).
  async function refresh(id) {
    const mine = generation;
    if (entries.has(id)) {
      const data = await gql(ONE, { id }).catch(() => null);
      if (!data?.conversation || mine !== generation) return; // the filter changed meanwhile: the new list is right
      entries.set(id, data.conversation);
    } else {
      const data = await gql(PAGE, { filter: currentFilter(), first: PAGE_SIZE }).catch(() => null);
      if (!data || mine !== generation) return;
      data.conversations.items.filter((item) => !entries.has(item.id)).forEach((item) => entries.set(item.id, item));
      count.textContent = plural(data.conversations.totalCount, 'conversation');
    }
    const changed = entries.get(id);
    if (changed) updates.textContent = `${changed.externalNumber}: ${changed.status}, ${plural(changed.unreviewedCount, 'unreviewed message')}`;
    render();
  }

  const pending = new Map(); // one re-read per conversation for a burst of events
  onConversationChanged((changed) => {
    clearTimeout(pending.get(changed.id));
    pending.set(changed.id, setTimeout(() => { pending.delete(changed.id); refresh(changed.id); }, 200));
  });
  onResync(reload);

  return {
    element,
    show: reload,
    focus: () => heading.focus(),
    select(id) {
      selectedId = id;
      render();
    },
  };
}
