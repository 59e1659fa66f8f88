// The only way the page talks to the server: the public GraphQL API over HTTP, and its subscription over a websocket.
import { token } from './session.js';

// Resolved against this module, so the page works on any host, port and context path.
const ENDPOINT = new URL('../graphql', import.meta.url);
const SOCKET_URL = Object.assign(new URL(ENDPOINT), { protocol: ENDPOINT.protocol === 'https:' ? 'wss:' : 'ws:' });

class GraphQLError extends Error {
  constructor(errors, httpStatus) {
    super(errors.map((error) => error.message).join('\n'));
    this.codes = errors.map((error) => error.extensions?.code).filter(Boolean);
    // An expired or forged token (401) or a token without the needed group ("forbidden"): the user must sign in again.
    this.refused = httpStatus === 401 || this.codes.includes('forbidden');
  }
}

let refusedHandler = () => {};

/** Who hears about refused calls (app.js: back to sign-in). */
export function onRefused(handler) {
  refusedHandler = handler;
}

function failed(errors, httpStatus) {
  const error = new GraphQLError(errors, httpStatus);
  if (error.refused) refusedHandler(error);
  return error;
}

/** Runs a query or mutation; resolves to `data`, rejects with a GraphQLError carrying the server's messages. */
export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token()}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GraphQLError([{ message: 'The server cannot be reached. Check the connection and try again.' }]);
  }
  const body = await response.json().catch(() => null);
  if (!body) throw failed([{ message: `The server answered HTTP ${response.status} without a GraphQL answer.` }], response.status);
  if (body.errors?.length) throw failed(body.errors, response.status);
  return body.data;
}

/**
 * A minimal graphql-transport-ws client for one subscription: the token goes in connection_init (browsers cannot set
 * headers on a websocket), pings are answered, and a closed socket is reopened with capped exponential backoff.
 * `state` hears 'subscribed' (the subscription was sent) | 'reconnecting'. Returns a function that ends the subscription.
 */
export function subscribe(query, { next, state }) {
  let socket;
  let attempts = 0;
  let retryTimer;
  let stopped = false;

  const send = (message) => socket.send(JSON.stringify(message));
  const connect = () => {
    socket = new WebSocket(SOCKET_URL, 'graphql-transport-ws');
    socket.onopen = () => send({ type: 'connection_init', payload: { Authorization: `Bearer ${token()}` } });
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        send({ id: '1', type: 'subscribe', payload: { query } });
        attempts = 0;
        state('subscribed');
      } else if (message.type === 'ping') {
        send({ type: 'pong' });
      } else if (message.type === 'next') {
        next(message.payload.data);
      } else if (message.type === 'error') {
        const error = failed(message.payload, 200);
        if (error.refused) stop();
        else socket.close();
      } else if (message.type === 'complete') {
        socket.close();
      }
    };
    socket.onclose = () => {
      if (stopped) return;
      state('reconnecting');
      const delay = Math.min(30000, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
      attempts += 1;
      retryTimer = setTimeout(connect, delay);
    };
  };
  const stop = () => {
    stopped = true;
    clearTimeout(retryTimer);
    socket?.close();
  };
  connect();
  return stop;
}
