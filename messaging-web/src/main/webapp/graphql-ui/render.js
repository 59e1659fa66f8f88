// GraphiQL for /messaging/graphql. Every operation needs a bearer token: paste one into the Headers tab as
// {"Authorization": "Bearer <token>"} (./dev-token prints one for development).
const endpoint = new URL('../graphql', window.location.href);
const subscriptions = new URL(endpoint);
subscriptions.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = GraphiQL.createFetcher({ url: endpoint.href, subscriptionUrl: subscriptions.href });

ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
        fetcher,
        defaultHeaders: '{\n  "Authorization": "Bearer "\n}',
        isHeadersEditorEnabled: true,
        defaultEditorToolsVisibility: 'headers',
    })
);
