// What a text will cost and look like, counted by the server as it will send it: merge fields filled, SMS segments,
// GSM-7 or UCS-2, and the merge fields it does not know or cannot fill.
import { gql } from './graphql.js';
import { h, debounce, fill } from './dom.js';
import { plural } from './format.js';

const RENDER_TEXT = `query RenderText($body: String!, $conversationId: ID) {
  renderText(body: $body, conversationId: $conversationId) { body segments encoding unknownMergeFields emptyMergeFields } }`;

/** source: the textarea to follow; conversationId(): whose merge fields (null: company only); showBody: print the result. */
export function createSegmentPreview({ source, conversationId = () => null, showBody = false }) {
  const counter = h('p', { class: 'segment-info', 'aria-live': 'polite' });
  const warnings = h('ul', { class: 'merge-warnings' });
  const rendered = showBody ? h('p', { class: 'rendered-body', hidden: true }) : null;
  const element = h('div', { class: 'segment-preview' }, counter, warnings, rendered);

  function show(result) {
    counter.textContent = `${plural(result.body.length, 'character')} · ${plural(result.segments, 'segment')} · ${result.encoding}`;
    fill(warnings,
      result.unknownMergeFields.length ? h('li', { class: 'warning' }, `Unknown merge fields: ${braces(result.unknownMergeFields)}`) : null,
      result.emptyMergeFields.length ? h('li', {}, `No value here, will be empty: ${braces(result.emptyMergeFields)}`) : null);
    if (rendered) {
      rendered.hidden = false;
      rendered.textContent = `Preview: ${result.body}`;
    }
  }

  function clear() {
    counter.textContent = '';
    warnings.replaceChildren();
    if (rendered) rendered.hidden = true;
  }

  const refresh = debounce(async () => {
    const typed = source.value;
    if (!typed.trim()) {
      clear();
      return;
    }
    const data = await gql(RENDER_TEXT, { body: typed, conversationId: conversationId() }).catch(() => null);
    if (data && source.value === typed) show(data.renderText);
  }, 300);
  source.addEventListener('input', refresh);

  return { element, show, clear, refresh };
}

function braces(names) {
  return names.map((name) => `{${name}}`).join(', ');
}
