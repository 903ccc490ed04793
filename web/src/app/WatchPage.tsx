import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  CheckoutDocument,
  LiveCommentsDocument,
  LiveStreamDocument,
  OnLiveStreamEventDocument,
  OnMyOrderUpdatedDocument,
  OrderDocument,
  SendCommentDocument,
} from '../sdk.ts';
import { dataOf, publicApi, userApi } from './api.ts';
import { useSession } from './App.tsx';
import { money, time } from './format.ts';
import { useLoad, useSubscription } from './hooks.ts';
import { SignInForm } from './SignInForm.tsx';

type Comment = { id: string; authorName: string; text: string; createdAt: string };

/** A live stream: its pinned product and chat, live over the subscription; signed in, comment and buy. */
export function WatchPage({ streamId }: { streamId: string }) {
  const { user } = useSession();
  const stream = useLoad(async () => dataOf(await (await publicApi()).query(LiveStreamDocument, { id: streamId })).liveStream, [streamId]);
  const comments = useLoad(
    async () => dataOf(await (await publicApi()).query(LiveCommentsDocument, { streamId, limit: 50 })).liveComments.items as Comment[],
    [streamId],
  );
  const [viewers, setViewers] = useState<number>();
  const [added, setAdded] = useState<Comment[]>([]);
  const [deleted, setDeleted] = useState<string[]>([]);
  const [sales, setSales] = useState<string[]>([]);
  const chat = useRef<HTMLOListElement>(null);

  const live = useSubscription(
    async () => (await publicApi()).subscribe(OnLiveStreamEventDocument, { streamId }),
    (data) => {
      const event = data.onLiveStreamEvent;
      if (!event) return;
      if (event.viewerCount != null) setViewers(event.viewerCount);
      // The event carries what changed, not the pinned product's stock: read the stream again.
      if (['PRODUCT_PINNED', 'ORDER_PLACED', 'STREAM_STARTED', 'STREAM_ENDED'].includes(event.kind)) stream.reload();
      if (event.kind === 'COMMENT_POSTED' && event.comment) setAdded((list) => [...list, event.comment!]);
      if (event.kind === 'COMMENT_DELETED' && event.commentId) setDeleted((list) => [...list, event.commentId!]);
      if (event.kind === 'ORDER_PLACED' && event.order) {
        setSales((list) => [`${event.order!.buyerDisplayName ?? 'Someone'} just bought ${event.order!.quantity}`, ...list].slice(0, 3));
      }
    },
    () => {
      // Whatever happened before the server acknowledged the subscription is read instead.
      stream.reload();
      comments.reload();
      setAdded([]);
    },
    [streamId],
  );

  const commentCount = (comments.data?.length ?? 0) + added.length;
  // The newest comment in view, as a chat scrolls.
  useEffect(() => {
    // A block, not an arrow's value: Chromium's scrollTo now returns a promise, which React would call as a cleanup.
    chat.current?.scrollTo({ top: chat.current.scrollHeight });
  }, [commentCount, stream.data]);

  if (stream.error) return <p role="alert">{stream.error.message}</p>;
  if (stream.data === null) return <p role="alert">No such stream.</p>;
  if (!stream.data) return <p role="status">Loading…</p>;
  const s = stream.data;
  // Oldest first, as a chat reads; the query answers newest first.
  const shown = [...(comments.data ?? []), ...added.filter((c) => !comments.data?.some((known) => known.id === c.id))]
    .filter((c) => !deleted.includes(c.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <article className="watch" aria-labelledby="stream-title" data-live={live}>
      <section className="stage" aria-label="Stream">
        <div className="video" role="img" aria-label={`Video of ${s.title}`}>
          <span className="badge">{s.status}</span>
          <span className="viewers" aria-live="polite">
            <span data-testid="viewer-count">{viewers ?? s.viewerCount}</span> watching
          </span>
        </div>
        <h1 id="stream-title">{s.title}</h1>
        <p>
          <a href={`#/shop/${s.shop?.slug}`}>{s.shop?.title}</a> · <span className="meta">{live ? 'Live updates on' : 'Connecting…'}</span>
        </p>
        {sales.length > 0 && (
          <ul className="sales" aria-label="Recent orders">
            {sales.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </section>

      <aside className="side">
        <section className="card pinned" aria-labelledby="pinned-title" aria-live="polite">
          <h2 id="pinned-title">Pinned product</h2>
          {s.pinned?.product ? (
            <>
              <p className="product-title" data-testid="pinned-product">
                {s.pinned.product.title}
              </p>
              <p>
                <strong>{money(s.pinned.product.price)}</strong> · {s.pinned.product.inventory} in stock
              </p>
              {user ? <BuyBox shopId={s.shopId} productId={s.pinned.product.id} /> : <p className="hint">Sign in to buy.</p>}
            </>
          ) : (
            <p>Nothing pinned yet.</p>
          )}
        </section>

        <section className="card chat" aria-labelledby="chat-title">
          <h2 id="chat-title">Chat</h2>
          <ol className="comments" aria-live="polite" aria-label="Comments" ref={chat}>
            {shown.map((c) => (
              <li key={c.id}>
                <strong>{c.authorName}</strong> <span className="meta">{time(c.createdAt)}</span>
                <br />
                {c.text}
              </li>
            ))}
          </ol>
          {user ? <CommentForm streamId={streamId} /> : <SignInForm compact />}
        </section>
      </aside>
    </article>
  );
}

function CommentForm({ streamId }: { streamId: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      dataOf(await (await userApi()).mutate(SendCommentDocument, { streamId, text }));
      setText('');
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <form onSubmit={submit} className="row">
      <label className="grow">
        <span className="visually-hidden">Comment</span>
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder="Say something" maxLength={500} required />
      </label>
      <button type="submit">Send</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

type Order = { id: string; status: string; reason?: string | null; total?: { amount: number; currency: string } | null };

/** What is known of an order from two reports in either order: a settled status is never taken back to PENDING. */
function settled(known: Order | undefined, next: Order | undefined): Order {
  if (!known) return next!;
  if (!next || (next.status === 'PENDING' && known.status !== 'PENDING')) return known;
  return { ...known, ...next, total: next.total ?? known.total };
}

/** Checkout from the stream, then the order's status live over `onMyOrderUpdated`. */
function BuyBox({ shopId, productId }: { shopId: string; productId: string }) {
  const [order, setOrder] = useState<Order>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Updates of orders this page has not heard of yet: the saga can publish before checkout answers.
  const heard = useRef(new Map<string, Order>());
  const update = (next: Order) => {
    heard.current.set(next.id, settled(heard.current.get(next.id), next));
    setOrder((current) => (current?.id === next.id ? settled(current, next) : current));
  };

  useSubscription(
    async () => (await userApi()).subscribe(OnMyOrderUpdatedDocument),
    (data) => data.onMyOrderUpdated && update(data.onMyOrderUpdated),
    () => {},
    [],
  );

  async function buy(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const api = await userApi();
      const input = {
        shopId,
        lines: [{ productId, quantity: Number(form.get('quantity')) }],
        idempotencyKey: `web-${crypto.randomUUID()}`,
        paymentToken: String(form.get('payment')),
      };
      const placed = dataOf(await api.mutate(CheckoutDocument, { input })).checkout;
      setOrder(
        settled({ id: placed.id, status: placed.status, reason: placed.failureReason, total: placed.total }, heard.current.get(placed.id)),
      );
      // The saga may have moved on before this page heard of the order: read where it is now.
      const now = dataOf(await api.query(OrderDocument, { id: placed.id })).order;
      if (now) update({ id: now.id, status: now.status, reason: now.failureReason });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={buy} className="buy" aria-label="Buy the pinned product">
      <div className="row">
        <label>
          Quantity
          <input name="quantity" type="number" min={1} max={10} defaultValue={1} required />
        </label>
        <label className="grow">
          Payment
          <select name="payment" defaultValue="tok_visa">
            <option value="tok_visa">Test card (succeeds)</option>
            <option value="tok_chargeDeclined">Test card (declined)</option>
          </select>
        </label>
      </div>
      <button type="submit" disabled={busy}>
        Buy now
      </button>
      {error && <p role="alert">{error}</p>}
      {order && (
        <p role="status" className={`order ${order.status.toLowerCase()}`} data-testid="order-status">
          Order {money(order.total)}: <strong>{order.status}</strong>
          {order.reason && <> — {order.reason}</>}
        </p>
      )}
    </form>
  );
}
