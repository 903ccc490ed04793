import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStreamIds, liveDemoItems } from '../../demo/live.ts';
import { seedDemoData } from '../../demo/seed.ts';
import { demoSub, demoUsers } from '../../demo/users.ts';
import { AGGREGATOR_PRINCIPAL, nextViewerCount, startViewerCountSimulator } from '../../demo/viewer-count-simulator.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { RealtimeClient } from '../realtime/support.ts';
import { post } from '../support/runtime.ts';
import { COMMENT, COMMENTS, PIN, START, expectData, startLiveRuntime, type Caller } from './support.ts';

const ids = demoStreamIds();

/** The public (merged) endpoint, as the apps call it: a live stream with what the other source APIs resolve. */
const STREAM_PAGE = `query ($id: ID!) {
  liveStream(id: $id) {
    id title status viewerCount startedAt endedAt
    shop { slug title creator { displayName } liveStreams(limit: 10) { items { id status } } }
    pinned { commissionRateBps fromRecommendation product { title price { amount currency } brand { name } } }
  }
}`;

describe('live demo data and the viewer-count simulator', () => {
  let runtime: LocalRuntime;
  let seededAt: number;

  beforeAll(async () => {
    seededAt = Date.now();
    runtime = await startLiveRuntime({ seed: seedDemoData, users: demoUsers });
  });

  afterAll(() => runtime?.stop());

  /** A demo user calling the public endpoint. */
  async function demoUser(username: string): Promise<Caller> {
    const { idToken } = await runtime.auth.userPool.tokensFor(username);
    const auth = { userPoolToken: idToken };
    return {
      sub: demoSub(username),
      auth,
      call: (query, variables) => post(runtime.url, JSON.stringify({ query, variables }), { authorization: idToken }),
    };
  }
  const publicRead = (query: string, variables: Record<string, unknown>) =>
    post(runtime.url, JSON.stringify({ query, variables }), { 'x-api-key': runtime.apiKey });

  it('writes the same items for the same moment', () => {
    expect(liveDemoItems(seededAt)).toEqual(liveDemoItems(seededAt));
  });

  it('has Cora LIVE now, with a recommended product pinned and an audience, on the public endpoint', async () => {
    // Act
    const stream = expectData(await publicRead(STREAM_PAGE, { id: ids.live })).liveStream;

    // Assess
    expect(stream).toMatchObject({
      id: ids.live,
      status: 'LIVE',
      endedAt: null,
      shop: { slug: 'cora-cooks', creator: { displayName: 'Cora Alvarez' } },
      pinned: {
        commissionRateBps: 1200,
        fromRecommendation: true,
        product: { title: 'Copper Saucepan, 2 qt', price: { amount: 12900, currency: 'USD' }, brand: { name: 'Copperline Kitchen' } },
      },
    });
    expect(stream.viewerCount).toBeGreaterThan(0);
    expect(seededAt - Date.parse(stream.startedAt)).toBeLessThan(30 * 60_000);
    const live = expectData(await publicRead('{ liveNow { items { id } } }', {})).liveNow.items;
    expect(live).toEqual([{ id: ids.live }]);
  });

  it('has a chat history for late joiners, newest first, under the demo users’ names', async () => {
    // Act
    const history = expectData(await publicRead(COMMENTS, { streamId: ids.live, limit: 100 })).liveComments;

    // Assess
    expect(history.nextToken).toBeNull();
    expect(history.items).toHaveLength(7);
    expect(history.items[0]).toMatchObject({
      authorId: demoSub('sam.shopper'),
      authorName: 'Sam Rivera',
      text: 'Just ordered the saucepan!',
    });
    // Nina has no profile yet: she comments as a viewer, not under a UUID.
    expect(history.items.map((c: { authorName: string }) => c.authorName)).toContain('Viewer');
    const times = history.items.map((c: { createdAt: string }) => c.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('has Carl’s stream SCHEDULED ahead and Maya’s ENDED, each listed by its shop', async () => {
    // Act
    const scheduled = expectData(await publicRead(STREAM_PAGE, { id: ids.scheduled })).liveStream;
    const ended = expectData(await publicRead(STREAM_PAGE, { id: ids.ended })).liveStream;

    // Assess
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', startedAt: null, pinned: null, shop: { slug: 'carl-outdoors' } });
    expect(scheduled.shop.liveStreams.items).toEqual([{ id: ids.scheduled, status: 'SCHEDULED' }]);
    expect(ended).toMatchObject({
      status: 'ENDED',
      shop: { slug: 'maya-glow' },
      pinned: { fromRecommendation: true, commissionRateBps: 2500 },
    });
    expect(Date.parse(ended.endedAt)).toBeLessThan(seededAt);
  });

  it('lets the demo users carry on: Cora pins, Sam comments, Carl goes live', async () => {
    // Prepare
    const cora = await demoUser('cora.creator');
    const sam = await demoUser('sam.shopper');
    const carl = await demoUser('carl.creator');
    const feed = expectData(
      await publicRead('{ shopBySlug(slug: "cora-cooks") { recommendations(limit: 20) { items { product { id title } } } } }', {}),
    );
    const chefsKnife = feed.shopBySlug.recommendations.items.find(
      (r: { product: { title: string } }) => r.product.title === "Chef's Knife, 8 in",
    ).product;

    // Act
    const pinned = expectData(await cora.call(PIN, { streamId: ids.live, productId: chefsKnife.id }));
    const comment = expectData(await sam.call(COMMENT, { streamId: ids.live, text: 'Knife next please!' }));
    const started = expectData(await carl.call(START, { id: ids.scheduled }));

    // Assess
    expect(pinned.pinProduct.pin).toMatchObject({ productId: chefsKnife.id, fromRecommendation: true, commissionRateBps: 1500 });
    expect(comment.sendComment.comment.authorName).toBe('Sam Rivera');
    expect(started.startLiveStream.stream.status).toBe('LIVE');
  });

  it('moves viewer counts through the public endpoint with IAM, which the endpoint’s subscribers receive', async () => {
    // Prepare
    const viewer = await RealtimeClient.connect(runtime, { apiKey: runtime.apiKey });
    const subscription = await viewer.subscribe(
      { apiKey: runtime.apiKey },
      'subscription ($id: ID!) { onLiveStreamEvent(streamId: $id, kinds: [VIEWER_COUNT]) { streamId kind viewerCount } }',
      { id: ids.live },
    );
    const errors: Error[] = [];
    const simulator = startViewerCountSimulator({
      url: runtime.url,
      apiKey: runtime.apiKey,
      credentials: runtime.auth.iam.principal(AGGREGATOR_PRINCIPAL).credentials,
      region: runtime.auth.iam.region,
      intervalMs: 200,
      onError: (e) => errors.push(e),
    });

    try {
      // Act
      const first = (await viewer.data(subscription)).data.onLiveStreamEvent;
      const second = (await viewer.data(subscription)).data.onLiveStreamEvent;
      const reports = await simulator.tick();

      // Assess
      expect(first).toMatchObject({ streamId: ids.live, kind: 'VIEWER_COUNT' });
      expect(second.kind).toBe('VIEWER_COUNT');
      expect(reports.map((r) => r.streamId)).toContain(ids.live);
      expect(errors).toEqual([]);
    } finally {
      await simulator.stop();
      viewer.close();
    }
    const settled = expectData(await publicRead('query ($id: ID!) { liveStream(id: $id) { viewerCount } }', { id: ids.live })).liveStream
      .viewerCount;
    await new Promise((r) => setTimeout(r, 500));
    expect(
      expectData(await publicRead('query ($id: ID!) { liveStream(id: $id) { viewerCount } }', { id: ids.live })).liveStream.viewerCount,
    ).toBe(settled);
  });

  it('fills a stream that just started and lets a busy one drift, never below zero', () => {
    let count = 0;
    const sequence = [0.9, 0.1, 0.5, 0, 0.99, 0.3];
    let i = 0;
    const random = () => sequence[i++ % sequence.length]!;
    for (let round = 0; round < 200; round += 1) {
      const next = nextViewerCount(count, random);
      expect(next).toBeGreaterThanOrEqual(0);
      if (count < 50) expect(next).toBeGreaterThan(count);
      else expect(Math.abs(next - count)).toBeLessThanOrEqual(Math.ceil(count * 0.04) + 3);
      count = next;
    }
  });
});
