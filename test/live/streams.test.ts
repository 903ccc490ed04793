import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  END,
  LIVE_NOW,
  SCHEDULE,
  START,
  STREAM,
  anonymous,
  creatorWithShop,
  expectData,
  expectError,
  liveStream,
  scheduledStream,
  signIn,
  startLiveRuntime,
  tableItems,
} from './support.ts';

const SHOP_STREAMS = `query ($id: ID!, $limit: Int, $nextToken: String) {
  liveStream(id: $id) { shop { liveStreams(limit: $limit, nextToken: $nextToken) { items { id title scheduledAt } nextToken } } }
}`;

describe('live streams', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startLiveRuntime();
  });

  afterAll(() => runtime?.stop());

  describe('scheduleLiveStream', () => {
    it('announces a SCHEDULED stream of the caller’s shop, readable by anyone', async () => {
      // Prepare
      const { user, shop } = await creatorWithShop(runtime);
      const scheduledAt = new Date(Date.now() + 86_400_000).toISOString();

      // Act
      const stream = expectData(
        await user.call(SCHEDULE, { input: { title: ' Pans, live ', description: 'Bring questions', scheduledAt } }),
      ).scheduleLiveStream;

      // Assess
      expect(stream).toMatchObject({
        shopId: shop.id,
        creatorId: user.sub,
        title: 'Pans, live',
        description: 'Bring questions',
        status: 'SCHEDULED',
        scheduledAt,
        startedAt: null,
        endedAt: null,
        viewerCount: 0,
        pinned: null,
      });
      expect(stream.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      const read = expectData(await anonymous(runtime).call(STREAM, { id: stream.id })).liveStream;
      expect(read).toMatchObject({ ...stream, shop: { id: shop.id, slug: shop.slug, title: shop.title } });
    });

    it('stores the scheduled time in UTC, whatever offset it was given in, so that it sorts as text', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const utc = new Date(Math.floor(Date.now() / 1000) * 1000 + 86_400_000);
      const local = new Date(utc.getTime() + 2 * 3_600_000).toISOString().replace('Z', '+02:00');

      // Act
      const stream = expectData(await user.call(SCHEDULE, { input: { title: 'Offset', scheduledAt: local } })).scheduleLiveStream;

      // Assess
      expect(stream.scheduledAt).toBe(utc.toISOString());
    });

    it('schedules for now when no time is given', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const before = Date.now();

      // Act
      const stream = expectData(await user.call(SCHEDULE, { input: { title: 'Right now' } })).scheduleLiveStream;

      // Assess
      expect(Date.parse(stream.scheduledAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(stream.scheduledAt)).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it.each([
      [{ title: ' ' }, [{ field: 'title', message: 'cannot be blank' }]],
      [{ title: 't'.repeat(101) }, [{ field: 'title', message: 'must be at most 100 characters' }]],
      [{ title: 'Fine', description: 'd'.repeat(1001) }, [{ field: 'description', message: 'must be at most 1000 characters' }]],
      [
        { title: 'Fine', scheduledAt: '2020-01-01T00:00:00Z' },
        [{ field: 'scheduledAt', message: 'must be from an hour ago to a year ahead' }],
      ],
      [
        { title: 'Fine', scheduledAt: '2999-01-01T00:00:00Z' },
        [{ field: 'scheduledAt', message: 'must be from an hour ago to a year ahead' }],
      ],
    ])('refuses %j with VALIDATION, writing nothing', async (input, problems) => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const before = await tableItems(runtime, 'Live');

      // Act
      const error = expectError(await user.call(SCHEDULE, { input }), 'VALIDATION');

      // Assess
      expect(error.errorInfo.problems).toEqual(problems);
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('asks a creator without a shop to open one first, with NOT_FOUND', async () => {
      // Prepare
      const user = await signIn(runtime, ['creators']);

      // Act + Assess
      expectError(await user.call(SCHEDULE, { input: { title: 'No shop' } }), 'NOT_FOUND');
    });

    it('is for creators only', async () => {
      // Prepare
      const shopper = await signIn(runtime, ['shoppers']);

      // Act + Assess
      expectError(await shopper.call(SCHEDULE, { input: { title: 'No' } }), 'Unauthorized');
      expectError(await anonymous(runtime).call(SCHEDULE, { input: { title: 'No' } }), 'Unauthorized');
    });
  });

  describe('startLiveStream', () => {
    it('takes a SCHEDULED stream LIVE, returns the STREAM_STARTED event and lists it in liveNow', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const stream = await scheduledStream(user);

      // Act
      const event = expectData(await user.call(START, { id: stream.id })).startLiveStream;

      // Assess
      expect(event).toMatchObject({
        streamId: stream.id,
        kind: 'STREAM_STARTED',
        stream: { id: stream.id, status: 'LIVE', endedAt: null },
      });
      expect(event.stream.startedAt).toBe(event.at);
      const live = expectData(await anonymous(runtime).call(LIVE_NOW, { limit: 100 })).liveNow.items;
      expect(live).toContainEqual({ id: stream.id, status: 'LIVE', startedAt: event.at });
    });

    it('refuses a stream that is not SCHEDULED with CONFLICT, and an unknown one with NOT_FOUND', async () => {
      // Prepare
      const { creator, stream } = await liveStream(runtime);

      // Act
      const again = expectError(await creator.call(START, { id: stream.id }), 'CONFLICT');
      expectData(await creator.call(END, { id: stream.id }));
      const ended = expectError(await creator.call(START, { id: stream.id }), 'CONFLICT');

      // Assess
      expect(again.errorInfo).toEqual({ status: 'LIVE' });
      expect(ended.errorInfo).toEqual({ status: 'ENDED' });
      expectError(await creator.call(START, { id: 'NO-SUCH-STREAM' }), 'NOT_FOUND');
    });

    it('lets only the stream’s creator start it: another creator gets FORBIDDEN, an admin Unauthorized', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const stream = await scheduledStream(user);
      const other = await signIn(runtime, ['creators']);
      const admin = await signIn(runtime, ['admins']);
      const before = await tableItems(runtime, 'Live');

      // Act + Assess
      expectError(await other.call(START, { id: stream.id }), 'FORBIDDEN');
      expectError(await admin.call(START, { id: stream.id }), 'Unauthorized');
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('lets exactly one of two concurrent starts win', async () => {
      for (let round = 0; round < 5; round += 1) {
        // Prepare
        const { user } = await creatorWithShop(runtime);
        const stream = await scheduledStream(user);

        // Act
        const results = await Promise.all([user.call(START, { id: stream.id }), user.call(START, { id: stream.id })]);

        // Assess
        const won = results.filter((r) => !r.body.errors);
        const lost = results.filter((r) => r.body.errors);
        expect(won).toHaveLength(1);
        expect(lost.map((r) => r.body.errors[0].errorType)).toEqual(['CONFLICT']);
      }
    });
  });

  describe('endLiveStream', () => {
    it('takes a LIVE stream to ENDED and out of liveNow', async () => {
      // Prepare
      const { creator, stream } = await liveStream(runtime);

      // Act
      const event = expectData(await creator.call(END, { id: stream.id })).endLiveStream;

      // Assess
      expect(event).toMatchObject({ streamId: stream.id, kind: 'STREAM_ENDED', stream: { id: stream.id, status: 'ENDED' } });
      expect(event.stream.endedAt).toBe(event.at);
      const live = expectData(await anonymous(runtime).call(LIVE_NOW, { limit: 100 })).liveNow.items;
      expect(live.map((s: { id: string }) => s.id)).not.toContain(stream.id);
    });

    it('lets an admin end anyone’s stream', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const admin = await signIn(runtime, ['admins']);

      // Act + Assess
      expect(expectData(await admin.call(END, { id: stream.id })).endLiveStream.stream.status).toBe('ENDED');
    });

    it('refuses another creator with FORBIDDEN and a shopper with Unauthorized, changing nothing', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const other = await signIn(runtime, ['creators']);
      const shopper = await signIn(runtime, ['shoppers']);
      const before = await tableItems(runtime, 'Live');

      // Act + Assess
      expectError(await other.call(END, { id: stream.id }), 'FORBIDDEN');
      expectError(await shopper.call(END, { id: stream.id }), 'Unauthorized');
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('refuses a stream that is not LIVE with STREAM_NOT_LIVE, and an unknown one with NOT_FOUND', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const stream = await scheduledStream(user);

      // Act
      const error = expectError(await user.call(END, { id: stream.id }), 'STREAM_NOT_LIVE');

      // Assess
      expect(error.errorInfo).toEqual({ status: 'SCHEDULED' });
      expectError(await user.call(END, { id: 'NO-SUCH-STREAM' }), 'NOT_FOUND');
    });
  });

  describe('liveStream, liveNow and Shop.liveStreams', () => {
    it('gives null for an unknown stream', async () => {
      expect(expectData(await anonymous(runtime).call(STREAM, { id: 'NO-SUCH-STREAM' })).liveStream).toBeNull();
    });

    it('pages through what is live now, most recently started first, every stream once', async () => {
      // Prepare
      const started: string[] = [];
      for (let i = 0; i < 5; i += 1) started.push((await liveStream(runtime)).stream.id);

      // Act
      const seen: { id: string; startedAt: string }[] = [];
      let nextToken: string | null = null;
      do {
        const page: { items: { id: string; startedAt: string }[]; nextToken: string | null } = expectData(
          await anonymous(runtime).call(LIVE_NOW, { limit: 2, nextToken }),
        ).liveNow;
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        nextToken = page.nextToken;
      } while (nextToken);

      // Assess
      const ids = seen.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => started.includes(id))).toEqual([...started].reverse());
      const times = seen.map((s) => s.startedAt);
      expect(times).toEqual([...times].sort().reverse());
    });

    it('refuses a page size out of range with VALIDATION', async () => {
      expectError(await anonymous(runtime).call(LIVE_NOW, { limit: 0 }), 'VALIDATION');
      expectError(await anonymous(runtime).call(LIVE_NOW, { limit: 101 }), 'VALIDATION');
    });

    it('lists a shop’s streams, latest scheduled first, across pages', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const ids: string[] = [];
      for (let day = 1; day <= 3; day += 1) {
        const scheduledAt = new Date(Date.now() + day * 86_400_000).toISOString();
        ids.push(expectData(await user.call(SCHEDULE, { input: { title: `Day ${day}`, scheduledAt } })).scheduleLiveStream.id);
      }

      // Act
      const first = expectData(await anonymous(runtime).call(SHOP_STREAMS, { id: ids[0], limit: 2 })).liveStream.shop.liveStreams;
      const second = expectData(await anonymous(runtime).call(SHOP_STREAMS, { id: ids[0], limit: 2, nextToken: first.nextToken }))
        .liveStream.shop.liveStreams;

      // Assess
      expect([...first.items, ...second.items].map((s: { title: string }) => s.title)).toEqual(['Day 3', 'Day 2', 'Day 1']);
      expect(second.nextToken).toBeNull();
    });
  });
});
