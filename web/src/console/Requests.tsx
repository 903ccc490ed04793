import { useEffect, useState } from 'react';
import { recentRequests, type RequestSummary } from './server.ts';

/** The runtime's recent GraphQL requests, newest first: resolvers with their timings, data-source and DynamoDB calls. */
export function Requests() {
  const [requests, setRequests] = useState<RequestSummary[]>([]);
  const [error, setError] = useState<string>();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const load = () => recentRequests().then(setRequests, (e: Error) => setError(e.message));
    load();
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, [paused]);

  return (
    <div className="requests">
      <div className="row">
        <button type="button" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
          {paused ? 'Resume' : 'Pause'} updates
        </button>
        <span className="meta">{requests.length} requests kept</span>
      </div>
      {error && <p role="alert">{error}</p>}
      <ol className="request-list" aria-label="Requests">
        {requests.map((r) => (
          <li key={r.requestId}>
            <details>
              <summary>
                <span className={`status s${r.statusCode}`}>{r.statusCode}</span> <strong>{r.operationName ?? '(anonymous)'}</strong>{' '}
                <span className="meta">
                  {r.api} · {new Date(r.startTime).toLocaleTimeString()} · {r.durationMs.toFixed(1)} ms · {r.trace?.resolvers.length ?? 0}{' '}
                  resolvers · {r.dynamoDbRequests.length} DynamoDB calls{r.errorCount ? ` · ${r.errorCount} errors` : ''}
                </span>
              </summary>
              <RequestDetails request={r} />
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}

function RequestDetails({ request }: { request: RequestSummary }) {
  const total = Math.max(request.durationMs, 1);
  return (
    <div className="request-details">
      <p className="meta">Request id {request.requestId}</p>
      {request.trace && <pre className="operation">{request.trace.operation}</pre>}
      <table>
        <caption>Resolvers</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Path</th>
            <th scope="col">Timing</th>
            <th scope="col">Steps</th>
          </tr>
        </thead>
        <tbody>
          {request.trace?.resolvers.map((r, i) => (
            <tr key={i} className={r.error ? 'failed' : ''}>
              <th scope="row">{r.field}</th>
              <td>{r.path}</td>
              <td>
                <span className="timing" aria-label={`from ${r.startOffsetMs.toFixed(1)} ms for ${r.durationMs.toFixed(1)} ms`}>
                  <span
                    style={{ marginLeft: `${(r.startOffsetMs / total) * 100}%`, width: `${Math.max((r.durationMs / total) * 100, 1)}%` }}
                  />
                </span>
                {r.durationMs.toFixed(1)} ms
              </td>
              <td>
                {r.steps.map((s) => `${s.step} ${s.handler} ${s.durationMs.toFixed(1)} ms${s.error ? ` ✗ ${s.error}` : ''}`).join(' → ')}
                {r.error && <div role="note">{r.error}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>DynamoDB calls</caption>
        <tbody>
          {request.dynamoDbRequests.map((d, i) => (
            <tr key={i}>
              <th scope="row">{d.operation}</th>
              <td>{d.tables.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">
        Data sources:{' '}
        {Object.entries(request.dataSourceCalls)
          .map(([type, count]) => `${type} ${count}`)
          .join(', ')}
      </p>
    </div>
  );
}
