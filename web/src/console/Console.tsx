import { useEffect, useMemo, useState } from 'react';
import { GraphiQL } from 'graphiql';
import { outputs, type Outputs } from '../config.ts';
import { createClient, LiveNowDocument } from '../sdk.ts';
import { consoleFetcher, type AuthChoice } from './fetcher.ts';
import { identities, type Identities } from './server.ts';
import { Workflows } from './Workflows.tsx';
import { Requests } from './Requests.tsx';

const TABS = ['GraphQL', 'Workflows', 'Requests'] as const;
type Tab = (typeof TABS)[number];

/** Example tabs, on the stream live now (if any): a query, a subscription, and a mutation only an IAM principal may send. */
function exampleTabs(streamId = '<a live stream id>') {
  const variables = (value: object) => JSON.stringify(value, null, 2);
  return [
    {
      query: `# The local API. Pick who you are above: the API key, a demo user, or an IAM principal
# (signed by the server: no secret key reaches this page). Subscriptions run over AppSync's protocol.
query LiveNow {
  liveNow(limit: 5) {
    items { id title status viewerCount }
  }
}
`,
    },
    {
      query: `# Everything that happens in a live stream, as it happens.
subscription OnLiveStreamEvent($streamId: ID!) {
  onLiveStreamEvent(streamId: $streamId) {
    kind
    at
    viewerCount
    pin { product { title } }
    comment { authorName text }
  }
}
`,
      variables: variables({ streamId }),
    },
    {
      query: `# IAM only: send as the viewerCountAggregator principal. Subscribers get the fields a mutation
# selects, and are filtered by them: select streamId for the subscription tab to hear it.
mutation UpdateViewerCount($streamId: ID!, $viewerCount: Int!) {
  updateViewerCount(streamId: $streamId, viewerCount: $viewerCount) {
    streamId
    kind
    at
    viewerCount
  }
}
`,
      variables: variables({ streamId, viewerCount: 1000 }),
    },
  ];
}

/** The local console: GraphiQL on the API, the workflows' executions, the request log. */
export function Console() {
  const [tab, setTab] = useState<Tab>('GraphQL');
  const [config, setConfig] = useState<Outputs>();
  const [who, setWho] = useState<Identities>();
  const [auth, setAuth] = useState<AuthChoice>({ mode: 'apiKey' });
  const [tabs, setTabs] = useState<ReturnType<typeof exampleTabs>>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    (async () => {
      const [o, i] = await Promise.all([outputs(), identities()]);
      const live = await createClient({ url: o.data.url, auth: { type: 'apiKey', apiKey: o.data.api_key } }).query(LiveNowDocument, {
        limit: 1,
      });
      setConfig(o);
      setWho(i);
      setTabs(exampleTabs(live.data?.liveNow.items[0]?.id));
    })().catch((e: Error) => setError(e.message));
  }, []);
  const fetcher = useMemo(() => config && consoleFetcher({ url: config.data.url, apiKey: config.data.api_key }, auth), [config, auth]);

  return (
    <div className="console">
      <header className="console-bar">
        <strong>Videoshops local console</strong>
        <div role="tablist" aria-label="Views">
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              onClick={() => setTab(name)}
            >
              {name}
            </button>
          ))}
        </div>
        {tab === 'GraphQL' && who && <AuthPicker who={who} value={auth} onChange={setAuth} />}
      </header>
      {error && <p role="alert">{error}</p>}
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel">
        {tab === 'GraphQL' && fetcher && tabs && <GraphiQL fetcher={fetcher} defaultTabs={tabs} />}
        {tab === 'Workflows' && <Workflows />}
        {tab === 'Requests' && <Requests />}
      </section>
    </div>
  );
}

function AuthPicker({ who, value, onChange }: { who: Identities; value: AuthChoice; onChange: (auth: AuthChoice) => void }) {
  const current = value.mode === 'apiKey' ? 'apiKey' : value.mode === 'user' ? `user:${value.email}` : `iam:${value.principal}`;
  return (
    <label className="auth">
      Send as
      <select
        value={current}
        onChange={(e) => {
          const [mode, name] = e.target.value.split(/:(.*)/s);
          onChange(mode === 'user' ? { mode, email: name! } : mode === 'iam' ? { mode, principal: name! } : { mode: 'apiKey' });
        }}
      >
        <option value="apiKey">API key</option>
        <optgroup label="Demo users (user pool)">
          {who.users.map((u) => (
            <option key={u.email} value={`user:${u.email}`}>
              {u.email} ({u.groups.join(', ') || 'no group'})
            </option>
          ))}
        </optgroup>
        <optgroup label="IAM principals (signed by the server)">
          {who.principals.map((p) => (
            <option key={p} value={`iam:${p}`}>
              {p}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
