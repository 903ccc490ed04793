import { useEffect, useMemo, useState } from 'react';
import { GraphiQL } from 'graphiql';
import { outputs, type Outputs } from '../config.ts';
import { consoleFetcher, type AuthChoice } from './fetcher.ts';
import { identities, type Identities } from './server.ts';
import { Workflows } from './Workflows.tsx';
import { Requests } from './Requests.tsx';

const TABS = ['GraphQL', 'Workflows', 'Requests'] as const;
type Tab = (typeof TABS)[number];

const DEFAULT_QUERY = `# The local API. Pick who you are above: the API key, a demo user, or an IAM principal
# (signed by the server: no secret key reaches this page). Subscriptions run over AppSync's protocol.
query LiveNow {
  liveNow(limit: 5) {
    items { id title status viewerCount }
  }
}
`;

/** The local console: GraphiQL on the API, the workflows' executions, the request log. */
export function Console() {
  const [tab, setTab] = useState<Tab>('GraphQL');
  const [config, setConfig] = useState<Outputs>();
  const [who, setWho] = useState<Identities>();
  const [auth, setAuth] = useState<AuthChoice>({ mode: 'apiKey' });
  const [error, setError] = useState<string>();
  useEffect(() => {
    Promise.all([outputs(), identities()]).then(
      ([o, i]) => {
        setConfig(o);
        setWho(i);
      },
      (e: Error) => setError(e.message),
    );
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
        {tab === 'GraphQL' && fetcher && <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />}
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
