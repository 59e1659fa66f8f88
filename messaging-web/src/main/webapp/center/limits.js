// What one text may carry, as the server says (the carrier's limits): read once, and applied to every message box.
import { gql } from './graphql.js';
import { h } from './dom.js';

let limits = null;

export function messageLimits() {
  limits ??= gql('{ messageLimits { maxBodyCharacters maxMedia maxTemplateImages } }').then((data) => data.messageLimits);
  return limits;
}

/** A <textarea> for a text's body, held to the carrier's length once the limits are known. */
export function messageBox(props) {
  const box = h('textarea', props);
  messageLimits().then(({ maxBodyCharacters }) => { box.maxLength = maxBodyCharacters; }, () => { limits = null; });
  return box;
}
