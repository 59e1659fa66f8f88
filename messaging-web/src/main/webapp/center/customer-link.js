// Turns an unknown number into a customer: createCustomerFromConversation gives them this number as mobile.
import { gql } from './graphql.js';
import { attempt, announce } from './alerts.js';
import { h, field } from './dom.js';

const CREATE = 'mutation CreateCustomer($conversationId: ID!, $name: String!) { createCustomerFromConversation(conversationId: $conversationId, name: $name) { id name } }';

/** conversationId(): the open conversation; created(): reload it. */
export function createCustomerForm(conversationId, created) {
  const name = h('input', { type: 'text', autocomplete: 'off', required: true });
  const element = h('form', { class: 'inline-form customer-form', onsubmit: submit },
    field('New customer name', name, 'Creates a customer with this number as mobile'),
    h('button', { type: 'submit', class: 'secondary' }, 'Create customer'));

  async function submit(event) {
    event.preventDefault();
    const data = await attempt(() => gql(CREATE, { conversationId: conversationId(), name: name.value }));
    if (data) {
      name.value = '';
      announce(`Customer ${data.createCustomerFromConversation.name} created.`);
      created();
    }
  }

  return { element };
}
