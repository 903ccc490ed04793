import { nowUtcMillis } from '../shared/time.ts';

/** LiveStreamEventKind: one event per transition or happening, all on one subscription. */
export const EVENT = {
  started: 'STREAM_STARTED',
  ended: 'STREAM_ENDED',
  pinned: 'PRODUCT_PINNED',
  commentPosted: 'COMMENT_POSTED',
  commentDeleted: 'COMMENT_DELETED',
  userBanned: 'USER_BANNED',
  viewerCount: 'VIEWER_COUNT',
  orderPlaced: 'ORDER_PLACED',
} as const;

export const EVENT_KINDS: string[] = Object.values(EVENT);

export const SUBSCRIPTION_FIELD = 'onLiveStreamEvent';

type Kind = (typeof EVENT)[keyof typeof EVENT];

/**
 * The LiveStreamEvent a mutation returns, and so publishes to onLiveStreamEvent. `at` is taken
 * here, or given when the event is a write's own time.
 */
export function liveEvent(streamId: string, kind: Kind, fields: Record<string, unknown>, at?: string) {
  return { streamId, kind, at: at ?? nowUtcMillis(), ...fields };
}
