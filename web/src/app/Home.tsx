import { LiveNowDocument } from '../sdk.ts';
import { dataOf, publicApi } from './api.ts';
import { useLoad } from './hooks.ts';

/** The streams live now, for anyone (API key). */
export function Home() {
  const live = useLoad(async () => dataOf(await (await publicApi()).query(LiveNowDocument, { limit: 20 })).liveNow.items, []);
  return (
    <section aria-labelledby="live-now">
      <h1 id="live-now">Live now</h1>
      {live.error && <p role="alert">{live.error.message}</p>}
      {!live.data && !live.error && <p role="status">Loading…</p>}
      {live.data?.length === 0 && <p>Nobody is live right now.</p>}
      <ul className="grid">
        {live.data?.map((stream) => (
          <li key={stream.id} className="card">
            <h2>
              <a href={`#/live/${stream.id}`}>{stream.title}</a>
            </h2>
            <p>{stream.description}</p>
            <p className="meta">
              <span className="badge">LIVE</span> {stream.viewerCount} watching
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
