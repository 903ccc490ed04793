import type { ItemKey } from '../shared/dynamodb.ts';

/**
 * Keys of the Live table. A stream and everything that happens in it share the stream's
 * partition, so a sendComment transaction checks the stream, the ban and the rate window and
 * writes the comment within one item collection. Comment and pin ids are ULIDs: sort keys order
 * them by time.
 */
export const streamPartition = (streamId: string) => `STREAM#${streamId}`;
export const streamKey = (id: string): ItemKey => ({ pk: streamPartition(id), sk: 'STREAM' });
export const COMMENT_PREFIX = 'COMMENT#';
export const commentKey = (streamId: string, commentId: string): ItemKey => ({
  pk: streamPartition(streamId),
  sk: `${COMMENT_PREFIX}${commentId}`,
});
export const pinKey = (streamId: string, pinId: string): ItemKey => ({ pk: streamPartition(streamId), sk: `PIN#${pinId}` });
export const banKey = (streamId: string, userId: string): ItemKey => ({ pk: streamPartition(streamId), sk: `BAN#${userId}` });
/** One user's comment counter for one rate window of one stream; DynamoDB's TTL removes it. */
export const rateKey = (streamId: string, userId: string, window: number): ItemKey => ({
  pk: streamPartition(streamId),
  sk: `RATE#${userId}#${window}`,
});

/**
 * GSI1 is sparse: a stream has its keys only while LIVE, so the index holds what is live now.
 * GSI2: a shop's streams by scheduled time. Times are UTC ISO 8601 (`…Z`), so they sort as text.
 */
export const GSI1 = 'GSI1';
export const GSI2 = 'GSI2';
export const LIVE_PARTITION = 'LIVE';

export const liveIndexKeys = (startedAt: string, streamId: string) => ({ gsi1pk: LIVE_PARTITION, gsi1sk: `${startedAt}#${streamId}` });
export const shopStreamsPartition = (shopId: string) => `SHOP#${shopId}`;
export const shopStreamsIndexKeys = (shopId: string, scheduledAt: string, streamId: string) => ({
  gsi2pk: shopStreamsPartition(shopId),
  gsi2sk: `${scheduledAt}#${streamId}`,
});

/** Streams live now, the most recently started first. */
export const liveNowPage = (limit: number, nextToken?: string | null) => ({
  index: GSI1,
  partitionKey: 'gsi1pk',
  partition: LIVE_PARTITION,
  sortKey: 'gsi1sk',
  limit,
  nextToken,
  newestFirst: true,
});

/** A shop's streams, the latest scheduled first. */
export const shopStreamsPage = (shopId: string, limit: number, nextToken?: string | null) => ({
  index: GSI2,
  partitionKey: 'gsi2pk',
  partition: `SHOP#${shopId}`,
  sortKey: 'gsi2sk',
  limit,
  nextToken,
  newestFirst: true,
});

/** A stream's comments, newest first. */
export const commentsPage = (streamId: string, limit: number, nextToken?: string | null) => ({
  partitionKey: 'pk',
  partition: streamPartition(streamId),
  sortKey: 'sk',
  prefix: COMMENT_PREFIX,
  limit,
  nextToken,
  newestFirst: true,
});
