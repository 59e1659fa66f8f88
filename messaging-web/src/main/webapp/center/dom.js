// Builds DOM nodes from data without innerHTML, so text from the server or from customers is never parsed as markup.

let lastId = 0;

/** A fresh element id, for pairing a <label> with its control. */
export function uid(prefix = 'c') {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

/**
 * h('button', { type: 'button', onclick: fn, class: 'x' }, 'Text', child...)
 * Props starting with "on" become listeners; booleans set or remove an attribute; null/undefined/false are skipped.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      element[name] = value; // properties, not attributes: they must reflect what the user sees
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** A labelled control: <div class="field"><label for=id>text</label>control hint</div>. */
export function field(labelText, control, hint) {
  control.id ||= uid('field');
  const hintElement = hint ? h('p', { class: 'hint', id: uid('hint') }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  const isBox = control.type === 'checkbox' || control.type === 'radio';
  const label = h('label', { for: control.id }, labelText);
  return h('div', { class: isBox ? 'field field-check' : 'field' }, isBox ? [control, label] : [label, control], hintElement);
}

/** A <select> of [value, text] pairs with one chosen. */
export function select(options, chosen, props = {}) {
  return h('select', props, options.map(([value, text]) => h('option', { value, selected: String(value) === String(chosen ?? '') }, text)));
}

/** Replaces a container's content with children as h() takes them (nested arrays, null and false skipped). */
export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
  return container;
}

/**
 * Replaces a container's content, keeping keyboard focus on the element with the same data-focus-key, so that
 * a live refresh does not throw the user's focus back to the page.
 */
export function replaceKeepingFocus(container, ...children) {
  const key = container.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
  fill(container, ...children);
  if (key) container.querySelector(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
}

/** Calls fn once the caller has been quiet for `ms` (typing, bursts of live events). */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/**
 * A data table; each cell also carries its column name (data-label) so that narrow screens can show rows as cards
 * instead of scrolling sideways. rows: arrays of cell contents.
 */
export function table(caption, headers, rows) {
  return h('table', { class: 'data-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.length
      ? rows.map((cells) => h('tr', {}, cells.map((cell, index) => h('td', { 'data-label': headers[index] }, cell))))
      : h('tr', {}, h('td', { colspan: headers.length }, 'None yet.'))));
}
