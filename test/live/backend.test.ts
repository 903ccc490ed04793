import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { outcomeOf, PERMISSION_DENIED } from '../auth/outcomes.ts';
import {
  END,
  ORDER_PLACED,
  STREAM,
  VIEWERS,
  aggregator,
  anonymous,
  backend,
  creatorWithShop,
  expectData,
  expectError,
  liveStream,
  scheduledStream,
  signIn,
  startLiveRuntime,
  tableItems,
} from './support.ts';

describe('backend callers (IAM)', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startLiveRuntime();
  });

  afterAll(() => runtime?.stop());

  describe('updateViewerCount', () => {
    it('keeps the aggregator’s count on the LIVE stream and returns the VIEWER_COUNT event', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);

      // Act
      const first = expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 1280 })).updateViewerCount;
      const second = expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 1175 })).updateViewerCount;

      // Assess
      expect(first).toMatchObject({ streamId: stream.id, kind: 'VIEWER_COUNT', viewerCount: 1280, comment: null, pin: null });
      expect(second.viewerCount).toBe(1175);
      expect(expectData(await anonymous(runtime).call(STREAM, { id: stream.id })).liveStream.viewerCount).toBe(1175);
    });

    it('refuses a stream that is not LIVE with STREAM_NOT_LIVE and an unknown one with NOT_FOUND, writing nothing', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const scheduled = await scheduledStream(user);
      const { creator, stream: ended } = await liveStream(runtime);
      expectData(await creator.call(END, { id: ended.id }));
      const before = await tableItems(runtime, 'Live');

      // Act + Assess
      expect(
        expectError(await aggregator(runtime).call(VIEWERS, { streamId: scheduled.id, viewerCount: 3 }), 'STREAM_NOT_LIVE').errorInfo,
      ).toEqual({
        status: 'SCHEDULED',
      });
      expect(
        expectError(await aggregator(runtime).call(VIEWERS, { streamId: ended.id, viewerCount: 3 }), 'STREAM_NOT_LIVE').errorInfo,
      ).toEqual({
        status: 'ENDED',
      });
      expectError(await aggregator(runtime).call(VIEWERS, { streamId: 'NO-SUCH-STREAM', viewerCount: 3 }), 'NOT_FOUND');
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it.each([-1, 100_000_001])('refuses the count %i with VALIDATION, writing nothing', async (viewerCount) => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const before = await tableItems(runtime, 'Live');

      // Act
      const error = expectError(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount }), 'VALIDATION');

      // Assess
      expect(error.errorInfo.problems).toEqual([{ field: 'viewerCount', message: 'must be between 0 and 100000000' }]);
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('is for IAM only: users, the stream’s creator and the API key get Unauthorized', async () => {
      // Prepare
      const { creator, stream } = await liveStream(runtime);
      const admin = await signIn(runtime, ['admins']);

      // Act + Assess
      for (const caller of [creator, admin, anonymous(runtime)]) {
        expectError(await caller.call(VIEWERS, { streamId: stream.id, viewerCount: 1 }), 'Unauthorized');
      }
    });

    it('is for the aggregator’s principal only: others are refused by their IAM policy', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);

      // Act + Assess
      expect(outcomeOf(await backend(runtime, 'orderWorkflow').call(VIEWERS, { streamId: stream.id, viewerCount: 1 }))).toEqual(
        PERMISSION_DENIED,
      );
      expect(outcomeOf(await backend(runtime, 'notGrantedAnything').call(VIEWERS, { streamId: stream.id, viewerCount: 1 }))).toEqual(
        PERMISSION_DENIED,
      );
    });
  });

  describe('publishLiveOrderPlaced', () => {
    const input = (streamId: string, overrides: Record<string, unknown> = {}) => ({
      streamId,
      orderId: 'ORDER-1',
      productId: 'PRODUCT-1',
      quantity: 2,
      buyerDisplayName: ' Sam ',
      ...overrides,
    });

    it('returns the ORDER_PLACED event and writes nothing', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const before = await tableItems(runtime, 'Live');

      // Act
      const event = expectData(
        await backend(runtime, 'orderWorkflow').call(ORDER_PLACED, { input: input(stream.id) }),
      ).publishLiveOrderPlaced;

      // Assess
      expect(event).toMatchObject({
        streamId: stream.id,
        kind: 'ORDER_PLACED',
        order: { orderId: 'ORDER-1', productId: 'PRODUCT-1', quantity: 2, buyerDisplayName: 'Sam' },
      });
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('shows a buyer without a display name as anonymous', async () => {
      const event = expectData(
        await backend(runtime, 'orderWorkflow').call(ORDER_PLACED, { input: input('S', { buyerDisplayName: '  ' }) }),
      ).publishLiveOrderPlaced;

      expect(event.order.buyerDisplayName).toBeNull();
    });

    it('refuses a bad quantity or display name with VALIDATION', async () => {
      const error = expectError(
        await backend(runtime, 'orderWorkflow').call(ORDER_PLACED, {
          input: input('S', { quantity: 0, buyerDisplayName: 'n'.repeat(41) }),
        }),
        'VALIDATION',
      );

      expect(error.errorInfo.problems.map((p: { field: string }) => p.field)).toEqual(['quantity', 'buyerDisplayName']);
    });

    it('is for the publisher’s principal only', async () => {
      // Prepare
      const admin = await signIn(runtime, ['admins']);

      // Act + Assess
      expectError(await admin.call(ORDER_PLACED, { input: input('S') }), 'Unauthorized');
      expect(outcomeOf(await aggregator(runtime).call(ORDER_PLACED, { input: input('S') }))).toEqual(PERMISSION_DENIED);
    });
  });
});
