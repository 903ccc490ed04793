import { ShopBySlugDocument, ShopFeedDocument, ShopLiveStreamsDocument } from '../sdk.ts';
import { dataOf, publicApi } from './api.ts';
import { money } from './format.ts';
import { useLoad } from './hooks.ts';

/** A shop: its creator, its recommendations with products, prices and stock, and its streams (API key). */
export function ShopPage({ slug }: { slug: string }) {
  const page = useLoad(async () => {
    const api = await publicApi();
    const [shop, feed] = await Promise.all([api.query(ShopBySlugDocument, { slug }), api.query(ShopFeedDocument, { slug, limit: 50 })]);
    const found = dataOf(shop).shopBySlug;
    if (!found) return null;
    const streams = dataOf(await api.query(ShopLiveStreamsDocument, { shopId: found.id, limit: 10 })).shop?.liveStreams.items ?? [];
    return { shop: found, recommendations: dataOf(feed).shopBySlug?.recommendations.items ?? [], streams };
  }, [slug]);

  if (page.error) return <p role="alert">{page.error.message}</p>;
  if (page.data === null) return <p role="alert">No such shop.</p>;
  if (!page.data) return <p role="status">Loading…</p>;
  const { shop, recommendations, streams } = page.data;
  return (
    <article aria-labelledby="shop-title">
      <header className="shop-head">
        <h1 id="shop-title">{shop.title}</h1>
        <p>{shop.description}</p>
        <p className="creator">
          by <strong>{shop.creator?.displayName}</strong>
          {shop.creator?.bio && <> — {shop.creator.bio}</>}
        </p>
      </header>
      {streams.some((s) => s.status === 'LIVE') && (
        <p>
          {streams
            .filter((s) => s.status === 'LIVE')
            .map((s) => (
              <a key={s.id} className="button" href={`#/live/${s.id}`}>
                Watch live: {s.title}
              </a>
            ))}
        </p>
      )}
      <h2>Recommended</h2>
      <ul className="grid">
        {recommendations.map((r) => (
          <li key={r.id} className="card product">
            <h3>{r.product?.title}</h3>
            <p className="meta">{r.product?.brand?.name}</p>
            {r.note && <p>“{r.note}”</p>}
            <p>
              <strong>{money(r.product?.price)}</strong> · {r.product?.inventory ? `${r.product.inventory} in stock` : 'Sold out'}
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}
