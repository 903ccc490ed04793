import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  BAN,
  COMMENT,
  COMMENTS,
  DELETE_COMMENT,
  END,
  anonymous,
  creatorWithShop,
  expectData,
  expectError,
  liveStream,
  scheduledStream,
  signIn,
  startLiveRuntime,
  tableItems,
  type Caller,
} from './support.ts';

/** Waits, if need be, until a fresh 10-second rate window has at least `seconds` left. */
async function withinOneWindow(seconds: number) {
  const left = 10_000 - (Date.now() % 10_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 50));
}

const commentsOf = async (runtime: LocalRuntime, streamId: string) =>
  (await tableItems(runtime, 'Live')).filter((i) => i.pk === `STREAM#${streamId}` && String(i.sk).startsWith('COMMENT#'));

describe('comments', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startLiveRuntime();
  });

  afterAll(() => runtime?.stop());

  describe('sendComment', () => {
    it('posts a comment under the author’s display name and returns the COMMENT_POSTED event', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      expectData(await viewer.call('mutation { updateProfile(input: { displayName: "Sam R." }) { id } }', {}, 'shops'));

      // Act
      const event = expectData(await viewer.call(COMMENT, { streamId: stream.id, text: '  Is it dishwasher safe?  ' })).sendComment;

      // Assess
      expect(event).toMatchObject({
        streamId: stream.id,
        kind: 'COMMENT_POSTED',
        commentId: event.comment.id,
        comment: { streamId: stream.id, authorId: viewer.sub, authorName: 'Sam R.', text: 'Is it dishwasher safe?' },
      });
      expect(event.comment.createdAt).toBe(event.at);
      const history = expectData(await anonymous(runtime).call(COMMENTS, { streamId: stream.id })).liveComments;
      expect(history).toEqual({ items: [event.comment], nextToken: null });
    });

    it('names an author without a profile `Viewer`, never by their Cognito username (a UUID in a pool that signs in by e-mail)', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers'], 'plain');

      // Act
      const event = expectData(await viewer.call(COMMENT, { streamId: stream.id, text: 'hi' })).sendComment;

      // Assess
      expect(event.comment.authorName).toBe('Viewer');
    });

    it.each([
      ['   ', 'cannot be blank'],
      ['x'.repeat(301), 'must be at most 300 characters'],
    ])('refuses the text %j with VALIDATION, writing nothing (not even to the rate window)', async (text, message) => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      const before = await tableItems(runtime, 'Live');

      // Act
      const error = expectError(await viewer.call(COMMENT, { streamId: stream.id, text }), 'VALIDATION');

      // Assess
      expect(error.errorInfo.problems).toEqual([{ field: 'text', message }]);
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('accepts exactly 300 characters', async () => {
      const { stream } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);

      expect(expectData(await viewer.call(COMMENT, { streamId: stream.id, text: 'x'.repeat(300) })).sendComment.comment.text).toHaveLength(
        300,
      );
    });

    it('refuses a stream that is not LIVE with STREAM_NOT_LIVE and an unknown one with NOT_FOUND, writing nothing', async () => {
      // Prepare
      const { user } = await creatorWithShop(runtime);
      const scheduled = await scheduledStream(user);
      const { creator, stream: ended } = await liveStream(runtime);
      expectData(await creator.call(END, { id: ended.id }));
      const viewer = await signIn(runtime, ['shoppers']);
      const before = await tableItems(runtime, 'Live');

      // Act
      const early = expectError(await viewer.call(COMMENT, { streamId: scheduled.id, text: 'hello?' }), 'STREAM_NOT_LIVE');
      const late = expectError(await viewer.call(COMMENT, { streamId: ended.id, text: 'bye' }), 'STREAM_NOT_LIVE');
      expectError(await viewer.call(COMMENT, { streamId: 'NO-SUCH-STREAM', text: 'anyone?' }), 'NOT_FOUND');

      // Assess
      expect(early.errorInfo).toEqual({ status: 'SCHEDULED' });
      expect(late.errorInfo).toEqual({ status: 'ENDED' });
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('is for signed-in users: an anonymous viewer gets Unauthorized', async () => {
      const { stream } = await liveStream(runtime);

      expectError(await anonymous(runtime).call(COMMENT, { streamId: stream.id, text: 'hi' }), 'Unauthorized');
    });

    it('refuses the sixth comment in a window with RATE_LIMITED, saying when to retry', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      await withinOneWindow(5);
      for (let i = 1; i <= 5; i += 1) expectData(await viewer.call(COMMENT, { streamId: stream.id, text: `comment ${i}` }));

      // Act
      const error = expectError(await viewer.call(COMMENT, { streamId: stream.id, text: 'one too many' }), 'RATE_LIMITED');

      // Assess
      expect(error.errorInfo.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error.errorInfo.retryAfterSeconds).toBeLessThanOrEqual(10);
      expect((await commentsOf(runtime, stream.id)).map((c) => c.text)).not.toContain('one too many');
    });

    it('counts per user and per stream: another viewer, or the same viewer elsewhere, is not limited', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const { stream: elsewhere } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      const other = await signIn(runtime, ['shoppers']);
      await withinOneWindow(5);
      for (let i = 1; i <= 5; i += 1) expectData(await viewer.call(COMMENT, { streamId: stream.id, text: `comment ${i}` }));

      // Act + Assess
      expectData(await other.call(COMMENT, { streamId: stream.id, text: 'me too' }));
      expectData(await viewer.call(COMMENT, { streamId: elsewhere.id, text: 'over here' }));
    });

    it('lets a viewer comment again in the next window; the old window’s counter expires by TTL', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      await withinOneWindow(5);
      for (let i = 1; i <= 5; i += 1) expectData(await viewer.call(COMMENT, { streamId: stream.id, text: `comment ${i}` }));
      const limited = expectError(await viewer.call(COMMENT, { streamId: stream.id, text: 'too soon' }), 'RATE_LIMITED');

      // Act
      await new Promise((r) => setTimeout(r, limited.errorInfo.retryAfterSeconds * 1000 + 100));
      const later = await viewer.call(COMMENT, { streamId: stream.id, text: 'next window' });

      // Assess
      expectData(later);
      const windows = (await tableItems(runtime, 'Live')).filter((i) => String(i.sk).startsWith(`RATE#${viewer.sub}#`));
      expect(windows).toHaveLength(2);
      for (const window of windows) {
        const end = (Number(String(window.sk).split('#')[2]) + 1) * 10;
        expect(window.expiresAt).toBe(end + 60);
      }
    });

    it('accepts exactly 5 of 20 concurrent comments from one user in one window; the other 15 are RATE_LIMITED', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      await withinOneWindow(7);

      // Act
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => viewer.call(COMMENT, { streamId: stream.id, text: `spam ${i}` })),
      );

      // Assess
      const accepted = results.filter((r) => !r.body.errors);
      const refused = results.filter((r) => r.body.errors).map((r) => r.body.errors[0].errorType);
      expect(accepted).toHaveLength(5);
      expect(refused).toEqual(Array(15).fill('RATE_LIMITED'));
      expect(await commentsOf(runtime, stream.id)).toHaveLength(5);
    });
  });

  describe('liveComments', () => {
    it('pages through a stream’s history newest first, for late joiners', async () => {
      // Prepare
      const { stream } = await liveStream(runtime);
      const viewers = await Promise.all([1, 2, 3].map(() => signIn(runtime, ['shoppers'])));
      const sent: string[] = [];
      for (let i = 0; i < 7; i += 1) {
        const text = `message ${i}`;
        expectData(await viewers[i % 3]!.call(COMMENT, { streamId: stream.id, text }));
        sent.push(text);
      }

      // Act
      const pages: string[][] = [];
      let nextToken: string | null = null;
      do {
        const page: { items: { text: string }[]; nextToken: string | null } = expectData(
          await anonymous(runtime).call(COMMENTS, { streamId: stream.id, limit: 3, nextToken }),
        ).liveComments;
        pages.push(page.items.map((c) => c.text));
        nextToken = page.nextToken;
      } while (nextToken);

      // Assess
      expect(pages.slice(0, 3)).toEqual([['message 6', 'message 5', 'message 4'], ['message 3', 'message 2', 'message 1'], ['message 0']]);
      expect(pages.flat()).toEqual([...sent].reverse());
    });

    it('gives an unknown stream an empty history and refuses a bad page size with VALIDATION', async () => {
      expect(expectData(await anonymous(runtime).call(COMMENTS, { streamId: 'NO-SUCH-STREAM' })).liveComments).toEqual({
        items: [],
        nextToken: null,
      });
      expectError(await anonymous(runtime).call(COMMENTS, { streamId: 'NO-SUCH-STREAM', limit: 1000 }), 'VALIDATION');
    });
  });

  describe('deleteComment', () => {
    async function commented() {
      const live = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      const comment = expectData(await viewer.call(COMMENT, { streamId: live.stream.id, text: 'rude words' })).sendComment.comment;
      return { ...live, viewer, comment };
    }

    it('lets the stream’s creator remove a comment from the history, returning COMMENT_DELETED', async () => {
      // Prepare
      const { creator, stream, comment } = await commented();

      // Act
      const event = expectData(await creator.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id })).deleteComment;

      // Assess
      expect(event).toMatchObject({ streamId: stream.id, kind: 'COMMENT_DELETED', commentId: comment.id, comment: null });
      expect(expectData(await anonymous(runtime).call(COMMENTS, { streamId: stream.id })).liveComments.items).toEqual([]);
    });

    it('lets an admin remove a comment, also after the stream ended', async () => {
      // Prepare
      const { creator, stream, comment } = await commented();
      expectData(await creator.call(END, { id: stream.id }));
      const admin = await signIn(runtime, ['admins']);

      // Act + Assess
      expect(expectData(await admin.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id })).deleteComment.commentId).toBe(
        comment.id,
      );
    });

    it('refuses another creator with FORBIDDEN, the author or a shopper with Unauthorized, deleting nothing', async () => {
      // Prepare
      const { stream, viewer, comment } = await commented();
      const other = await signIn(runtime, ['creators']);
      const before = await tableItems(runtime, 'Live');

      // Act + Assess
      expectError(await other.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id }), 'FORBIDDEN');
      expectError(await viewer.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id }), 'Unauthorized');
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('refuses an unknown comment or stream with NOT_FOUND, also when deleting twice', async () => {
      // Prepare
      const { creator, stream, comment } = await commented();
      expectData(await creator.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id }));

      // Act + Assess
      expectError(await creator.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id }), 'NOT_FOUND');
      expectError(await creator.call(DELETE_COMMENT, { streamId: 'NO-SUCH-STREAM', commentId: comment.id }), 'NOT_FOUND');
    });

    it('lets exactly one of two moderators deleting at once succeed; the other gets NOT_FOUND', async () => {
      // Prepare
      const { creator, stream, comment } = await commented();
      const admin = await signIn(runtime, ['admins']);

      // Act
      const results = await Promise.all([
        creator.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id }),
        admin.call(DELETE_COMMENT, { streamId: stream.id, commentId: comment.id }),
      ]);

      // Assess
      expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
      expect(results.filter((r) => r.body.errors).map((r) => r.body.errors[0].errorType)).toEqual(['NOT_FOUND']);
    });
  });

  describe('banFromStream', () => {
    async function banned() {
      const live = await liveStream(runtime);
      const viewer = await signIn(runtime, ['shoppers']);
      const event = expectData(await live.creator.call(BAN, { streamId: live.stream.id, userId: viewer.sub })).banFromStream;
      return { ...live, viewer, event };
    }

    it('stops a user commenting on that stream, with BANNED, and returns USER_BANNED', async () => {
      // Prepare
      const { stream, viewer, event } = await banned();
      const before = await tableItems(runtime, 'Live');

      // Act
      const error = expectError(await viewer.call(COMMENT, { streamId: stream.id, text: 'let me in' }), 'BANNED');

      // Assess
      expect(event).toMatchObject({ streamId: stream.id, kind: 'USER_BANNED', bannedUserId: viewer.sub });
      expect(error.message).toBe('You are banned from commenting on this stream.');
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('bans from one stream only', async () => {
      // Prepare
      const { viewer } = await banned();
      const { stream: other } = await liveStream(runtime);

      // Act + Assess
      expectData(await viewer.call(COMMENT, { streamId: other.id, text: 'still welcome here' }));
    });

    it('lets an admin ban, refuses a second ban with CONFLICT and banning the creator with VALIDATION', async () => {
      // Prepare
      const { creator, stream, viewer } = await banned();
      const admin = await signIn(runtime, ['admins']);
      const another = await signIn(runtime, ['shoppers']);

      // Act + Assess
      expectData(await admin.call(BAN, { streamId: stream.id, userId: another.sub }));
      expect(expectError(await admin.call(BAN, { streamId: stream.id, userId: viewer.sub }), 'CONFLICT').errorInfo).toEqual({
        userId: viewer.sub,
      });
      const error = expectError(await admin.call(BAN, { streamId: stream.id, userId: creator.sub }), 'VALIDATION');
      expect(error.errorInfo.problems).toEqual([{ field: 'userId', message: 'cannot be the stream’s creator' }]);
    });

    it('refuses another creator with FORBIDDEN, a shopper with Unauthorized and an unknown stream with NOT_FOUND', async () => {
      // Prepare
      const { creator, stream } = await liveStream(runtime);
      const other = await signIn(runtime, ['creators']);
      const shopper: Caller = await signIn(runtime, ['shoppers']);
      const before = await tableItems(runtime, 'Live');

      // Act + Assess
      expectError(await other.call(BAN, { streamId: stream.id, userId: shopper.sub }), 'FORBIDDEN');
      expectError(await shopper.call(BAN, { streamId: stream.id, userId: other.sub }), 'Unauthorized');
      expectError(await creator.call(BAN, { streamId: 'NO-SUCH-STREAM', userId: shopper.sub }), 'NOT_FOUND');
      expect(await tableItems(runtime, 'Live')).toEqual(before);
    });

    it('either accepts a comment racing the author’s ban or refuses it with BANNED: never after the ban', async () => {
      for (let round = 0; round < 5; round += 1) {
        // Prepare
        const { creator, stream } = await liveStream(runtime);
        const viewer = await signIn(runtime, ['shoppers']);

        // Act
        const [comment, ban] = await Promise.all([
          viewer.call(COMMENT, { streamId: stream.id, text: 'racing' }),
          creator.call(BAN, { streamId: stream.id, userId: viewer.sub }),
        ]);

        // Assess
        expectData(ban);
        if (comment.body.errors) expect(comment.body.errors[0].errorType).toBe('BANNED');
        expectError(await viewer.call(COMMENT, { streamId: stream.id, text: 'after' }), 'BANNED');
      }
    });
  });
});
