// Texting a number that has no conversation yet: to-number, line and a message; then the new conversation opens.
import { gql } from './graphql.js';
import { read } from './alerts.js';
import { h, field, uid } from './dom.js';
import { createComposer } from './composer.js';

const LINES = '{ senderLines { id description phoneNumber kind active } }';
const SEND = 'mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId } }';

export function createNewConversation() {
  const to = h('input', { type: 'tel', autocomplete: 'off', required: true });
  const line = h('select', { required: true });
  const composer = createComposer({
    title: 'Compose',
    fieldsBefore: [field('To number', to, 'A mobile number, e.g. (201) 555-0123 or +12015550123'), field('Line', line)],
    send: async ({ body, templateId, sendAt }) => {
      const data = await gql(SEND, { input: { to: to.value, lineId: line.value, body, templateId, sendAt } });
      to.value = '';
      location.hash = `#/conversations/${data.sendMessage.conversationId}`;
      return data;
    },
  });
  const heading = h('h2', { id: uid('new'), tabindex: -1 }, 'New conversation');
  const element = h('section', { class: 'page narrow-page', 'aria-labelledby': heading.id }, heading, composer.element);

  async function show() {
    composer.loadTemplates();
    const data = await read(() => gql(LINES));
    if (!data) return;
    const usable = data.senderLines.filter((candidate) => candidate.active);
    line.replaceChildren(...usable.map((candidate) =>
      h('option', { value: candidate.id }, `${candidate.description} (${candidate.phoneNumber}${candidate.kind === 'OUTBOUND_ONLY' ? ', outbound only' : ''})`)));
  }

  return { element, show, focus: () => heading.focus() };
}
