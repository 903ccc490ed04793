import { util } from '@aws-appsync/utils';
import { ERROR } from '../shared/errors.ts';
import { intInRange, text, type Problem } from '../shared/validation.ts';
import { utcMillis } from '../shared/time.ts';

/** A stream's life: SCHEDULED → LIVE → ENDED, each step a conditional write on `status`. */
export const STATUS = { scheduled: 'SCHEDULED', live: 'LIVE', ended: 'ENDED' } as const;

export const COMMENT_MAX_LENGTH = 300;

/** The author name of a comment whose author saved no profile: never their Cognito username, a UUID. */
export const UNNAMED_AUTHOR = 'Viewer';
/** At most this many comments per user per stream in one window of RATE_WINDOW_SECONDS. */
export const COMMENTS_PER_WINDOW = 5;
export const RATE_WINDOW_SECONDS = 10;
/** A window's counter outlives the window a little, then DynamoDB's TTL deletes it. */
const RATE_ITEM_LINGER_SECONDS = 60;
export const VIEWER_COUNT_MAX = 100000000;
export const ORDER_QUANTITY_MAX = 1000;

const HOUR_MS = 3600 * 1000;
const YEAR_MS = 365 * 24 * HOUR_MS;

export interface Stream {
  id: string;
  shopId: string;
  creatorId: string;
  status: string;
}

/** The fixed window `now` falls in: its number, when the next opens, and when its counter may go. */
export function rateWindow(nowSeconds: number) {
  const window = Math.floor(nowSeconds / RATE_WINDOW_SECONDS);
  const endsAt = (window + 1) * RATE_WINDOW_SECONDS;
  return { window, endsAt, expiresAt: endsAt + RATE_ITEM_LINGER_SECONDS };
}

export function commentText(problems: Problem[], value: string): string {
  return text(problems, 'text', value, { max: COMMENT_MAX_LENGTH, required: true }) as string;
}

/**
 * When a stream is scheduled for, as UTC ISO 8601 so that it sorts as text in GSI2: from an hour
 * ago (a creator scheduling on the spot) to a year ahead; now when absent.
 */
export function scheduledAt(problems: Problem[], value: string | null | undefined): string {
  const now = util.time.nowEpochMilliSeconds();
  if (value === undefined || value === null) return utcMillis(now);
  const at = util.time.parseISO8601ToEpochMilliSeconds(value);
  if (at < now - HOUR_MS || at > now + YEAR_MS)
    problems.push({ field: 'scheduledAt', message: 'must be from an hour ago to a year ahead' });
  return utcMillis(at);
}

export function viewerCount(problems: Problem[], value: number): number {
  return intInRange(problems, 'viewerCount', value, 0, VIEWER_COUNT_MAX) as number;
}

export function orderQuantity(problems: Problem[], value: number): number {
  return intInRange(problems, 'quantity', value, 1, ORDER_QUANTITY_MAX) as number;
}

/** The business error for a stream that is not in the state an operation needs. */
export function streamNotLive(stream: Stream): never {
  return util.error(`Stream ${stream.id} is ${stream.status}, not LIVE.`, ERROR.streamNotLive, null, { status: stream.status });
}

/**
 * STREAM_NOT_LIVE for an update refused because the stream was not LIVE, told from the stream as
 * read after the refusal: status only moves forward, so one LIVE by then was still SCHEDULED.
 */
export function refusedWhileNotLive(stream: Stream): never {
  return streamNotLive(stream.status === STATUS.live ? { ...stream, status: STATUS.scheduled } : stream);
}

export function isModerator(stream: Stream, sub: string, admin: boolean): boolean {
  return stream.creatorId === sub || admin;
}
