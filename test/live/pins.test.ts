import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  END,
  PIN,
  STREAM,
  anonymous,
  creatorWithShop,
  expectData,
  expectError,
  liveStream,
  product,
  recommend,
  scheduledStream,
  signIn,
  startLiveRuntime,
  tableItems,
} from './support.ts';

describe('pinProduct', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startLiveRuntime();
  });

  afterAll(() => runtime?.stop());

  it('pins a product the creator never recommended at the product’s current rate, and shows it on the stream', async () => {
    // Prepare
    const { creator, stream } = await liveStream(runtime);
    const saucepan = await product(runtime, { commissionRateBps: 1200 });

    // Act
    const event = expectData(await creator.call(PIN, { streamId: stream.id, productId: saucepan.id })).pinProduct;

    // Assess
    expect(event).toMatchObject({
      streamId: stream.id,
      kind: 'PRODUCT_PINNED',
      pin: {
        streamId: stream.id,
        productId: saucepan.id,
        commissionRateBps: 1200,
        fromRecommendation: false,
        product: { id: saucepan.id, title: 'Copper Saucepan', price: { amount: 12900, currency: 'USD' } },
      },
    });
    expect(event.pin.pinnedAt).toBe(event.at);
    const read = expectData(await anonymous(runtime).call(STREAM, { id: stream.id })).liveStream;
    expect(read.pinned).toEqual({
      id: event.pin.id,
      productId: saucepan.id,
      commissionRateBps: 1200,
      fromRecommendation: false,
      pinnedAt: event.pin.pinnedAt,
      product: { id: saucepan.id, title: 'Copper Saucepan' },
    });
  });

  it('pins a recommended product at the rate snapshotted in the recommendation, not the product’s rate now', async () => {
    // Prepare
    const { creator, shop, stream } = await liveStream(runtime);
    const knife = await product(runtime, { title: 'Chef’s Knife', commissionRateBps: 1500 });
    await recommend(runtime, shop, knife.id, 900, creator.sub);

    // Act
    const event = expectData(await creator.call(PIN, { streamId: stream.id, productId: knife.id })).pinProduct;

    // Assess
    expect(event.pin).toMatchObject({ productId: knife.id, commissionRateBps: 900, fromRecommendation: true });
  });

  it('replaces the current pin and keeps every pin in the stream’s history', async () => {
    // Prepare
    const { creator, stream } = await liveStream(runtime);
    const first = await product(runtime, { title: 'First' });
    const second = await product(runtime, { title: 'Second' });

    // Act
    expectData(await creator.call(PIN, { streamId: stream.id, productId: first.id }));
    const event = expectData(await creator.call(PIN, { streamId: stream.id, productId: second.id })).pinProduct;

    // Assess
    expect(expectData(await anonymous(runtime).call(STREAM, { id: stream.id })).liveStream.pinned.id).toBe(event.pin.id);
    const pins = (await tableItems(runtime, 'Live')).filter((i) => i.pk === `STREAM#${stream.id}` && String(i.sk).startsWith('PIN#'));
    expect(pins.map((p) => p.productId)).toEqual([first.id, second.id]);
  });

  it('refuses a stream that is not LIVE with STREAM_NOT_LIVE, writing nothing', async () => {
    // Prepare
    const { user } = await creatorWithShop(runtime);
    const scheduled = await scheduledStream(user);
    const { creator, stream: ended } = await liveStream(runtime);
    expectData(await creator.call(END, { id: ended.id }));
    const saucepan = await product(runtime);
    const before = await tableItems(runtime, 'Live');

    // Act
    const notStarted = expectError(await user.call(PIN, { streamId: scheduled.id, productId: saucepan.id }), 'STREAM_NOT_LIVE');
    const over = expectError(await creator.call(PIN, { streamId: ended.id, productId: saucepan.id }), 'STREAM_NOT_LIVE');

    // Assess
    expect(notStarted.errorInfo).toEqual({ status: 'SCHEDULED' });
    expect(over.errorInfo).toEqual({ status: 'ENDED' });
    expect(await tableItems(runtime, 'Live')).toEqual(before);
  });

  it('refuses an unknown product or stream with NOT_FOUND', async () => {
    // Prepare
    const { creator, stream } = await liveStream(runtime);
    const saucepan = await product(runtime);

    // Act + Assess
    expectError(await creator.call(PIN, { streamId: stream.id, productId: 'NO-SUCH-PRODUCT' }), 'NOT_FOUND');
    expectError(await creator.call(PIN, { streamId: 'NO-SUCH-STREAM', productId: saucepan.id }), 'NOT_FOUND');
  });

  it('lets only the stream’s creator pin: another creator gets FORBIDDEN, a shopper or an admin Unauthorized', async () => {
    // Prepare
    const { stream } = await liveStream(runtime);
    const saucepan = await product(runtime);
    const other = await signIn(runtime, ['creators']);
    const shopper = await signIn(runtime, ['shoppers']);
    const admin = await signIn(runtime, ['admins']);
    const before = await tableItems(runtime, 'Live');

    // Act + Assess
    expectError(await other.call(PIN, { streamId: stream.id, productId: saucepan.id }), 'FORBIDDEN');
    expectError(await shopper.call(PIN, { streamId: stream.id, productId: saucepan.id }), 'Unauthorized');
    expectError(await admin.call(PIN, { streamId: stream.id, productId: saucepan.id }), 'Unauthorized');
    expectError(await anonymous(runtime).call(PIN, { streamId: stream.id, productId: saucepan.id }), 'Unauthorized');
    expect(await tableItems(runtime, 'Live')).toEqual(before);
  });

  it('either pins before a concurrent end or refuses with STREAM_NOT_LIVE, never leaving a half-written pin', async () => {
    for (let round = 0; round < 5; round += 1) {
      // Prepare
      const { creator, stream } = await liveStream(runtime);
      const saucepan = await product(runtime);

      // Act
      const [pinned] = await Promise.all([
        creator.call(PIN, { streamId: stream.id, productId: saucepan.id }),
        creator.call(END, { id: stream.id }),
      ]);

      // Assess
      const after = expectData(await anonymous(runtime).call(STREAM, { id: stream.id })).liveStream;
      if (pinned.body.errors) {
        expect(pinned.body.errors[0].errorType).toBe('STREAM_NOT_LIVE');
        expect(after.pinned).toBeNull();
      } else {
        expect(after.pinned.id).toBe(pinned.body.data.pinProduct.pin.id);
      }
      expect(after.status).toBe('ENDED');
    }
  });
});
