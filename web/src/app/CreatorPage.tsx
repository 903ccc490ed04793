import { useState } from 'react';
import {
  LiveStreamDocument,
  MyEarningsDocument,
  MyShopDocument,
  OnShopSaleDocument,
  PinProductDocument,
  ShopFeedDocument,
  ShopLiveStreamsDocument,
} from '../sdk.ts';
import { dataOf, userApi } from './api.ts';
import { useSession } from './App.tsx';
import { money, time } from './format.ts';
import { useLoad, useSubscription } from './hooks.ts';
import { SignInForm } from './SignInForm.tsx';

type Sale = { orderId: string; total: { amount: number; currency: string }; commission: { amount: number; currency: string }; at: string };

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The creator's studio: pin a product in the live stream, see sales arrive live, and the earnings summary. */
export function CreatorPage() {
  const { user } = useSession();
  if (!user) return <SignInForm />;
  if (!user.groups.includes('creators')) return <p role="alert">The creator studio is for creators.</p>;
  return <Studio />;
}

function Studio() {
  const studio = useLoad(async () => {
    const api = await userApi();
    const shop = dataOf(await api.query(MyShopDocument)).myShop;
    if (!shop) return null;
    const [streams, feed] = await Promise.all([
      api.query(ShopLiveStreamsDocument, { shopId: shop.id, limit: 20 }),
      api.query(ShopFeedDocument, { slug: shop.slug, limit: 50 }),
    ]);
    const live = dataOf(streams).shop?.liveStreams.items.find((s) => s.status === 'LIVE');
    return {
      shop,
      live,
      products:
        dataOf(feed)
          .shopBySlug?.recommendations.items.map((r) => r.product)
          .filter((p) => p != null) ?? [],
    };
  }, []);
  const shopId = studio.data?.shop.id;
  const streamId = studio.data?.live?.id;
  const pinned = useLoad(
    async () =>
      streamId ? (dataOf(await (await userApi()).query(LiveStreamDocument, { id: streamId })).liveStream?.pinned ?? null) : null,
    [streamId],
  );
  const earnings = useLoad(
    async () => dataOf(await (await userApi()).query(MyEarningsDocument, { from: day(-30), to: day(1), limit: 5 })).myEarnings,
    [],
  );
  const [sales, setSales] = useState<Sale[]>([]);
  const [error, setError] = useState<string>();

  const live = useSubscription(
    shopId ? async () => (await userApi()).subscribe(OnShopSaleDocument, { shopId }) : undefined,
    (data) => {
      if (!data.onShopSale) return;
      setSales((list) => [data.onShopSale!, ...list]);
      // A sale moves the earnings and the stock shown beside each product.
      earnings.reload();
      studio.reload();
    },
    () => earnings.reload(),
    [shopId],
  );

  async function pin(productId: string) {
    setError(undefined);
    try {
      dataOf(await (await userApi()).mutate(PinProductDocument, { streamId: streamId!, productId }));
      pinned.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (studio.error) return <p role="alert">{studio.error.message}</p>;
  if (studio.data === null) return <p role="alert">You have no shop yet.</p>;
  if (!studio.data) return <p role="status">Loading…</p>;
  const { shop, live: stream, products } = studio.data;

  return (
    <article aria-labelledby="studio-title" className="studio" data-live={live}>
      <h1 id="studio-title">Creator studio · {shop.title}</h1>
      <section className="card" aria-labelledby="stream-title">
        <h2 id="stream-title">{stream ? `Live: ${stream.title}` : 'Not live'}</h2>
        {stream && (
          <>
            <p>
              Pinned now: <strong data-testid="studio-pinned">{pinned.data?.product?.title ?? 'nothing'}</strong> ·{' '}
              <a href={`#/live/${stream.id}`}>Open the viewer page</a>
            </p>
            <ul className="pins" aria-label="Products to pin">
              {products.map((product) => (
                <li key={product.id}>
                  <span>
                    {product.title} · {money(product.price)} · {product.inventory} in stock
                  </span>
                  <button
                    type="button"
                    onClick={() => pin(product.id)}
                    disabled={pinned.data?.productId === product.id}
                    aria-label={`Pin ${product.title}`}
                  >
                    {pinned.data?.productId === product.id ? 'Pinned' : 'Pin'}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {error && <p role="alert">{error}</p>}
      </section>

      <section className="card" aria-labelledby="sales-title">
        <h2 id="sales-title">Sales {live ? '(live)' : ''}</h2>
        {sales.length === 0 ? (
          <p>No sales since you opened this page.</p>
        ) : (
          <ol className="sales-list" aria-live="polite" aria-label="Sales">
            {sales.map((sale) => (
              <li key={sale.orderId}>
                {time(sale.at)} · order {sale.orderId.slice(-6)} · {money(sale.total)} · your commission {money(sale.commission)}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card" aria-labelledby="earnings-title">
        <h2 id="earnings-title">Earnings, last 30 days</h2>
        {earnings.error && <p role="alert">{earnings.error.message}</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">Currency</th>
              <th scope="col">Earned</th>
              <th scope="col">Pending</th>
              <th scope="col">Available</th>
              <th scope="col">Entries</th>
            </tr>
          </thead>
          <tbody>
            {earnings.data?.totals.map((t) => (
              <tr key={t.currency}>
                <th scope="row">{t.currency}</th>
                <td>{money(t.earned)}</td>
                <td>{money(t.pending)}</td>
                <td>{money(t.available)}</td>
                <td>{t.entryCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
