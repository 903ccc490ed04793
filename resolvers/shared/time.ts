import { util } from '@aws-appsync/utils';

const UTC_MILLIS = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'";

/**
 * An instant as UTC ISO 8601 with exactly three fraction digits. util.time's ISO 8601 output
 * leaves the fraction out when it is zero (`…:12Z` sorts after `…:12.500Z`), so times that sort
 * as text (index sort keys) use this fixed width instead.
 */
export function utcMillis(epochMilliSeconds: number): string {
  return util.time.epochMilliSecondsToFormatted(epochMilliSeconds, UTC_MILLIS, 'UTC');
}

export function nowUtcMillis(): string {
  return utcMillis(util.time.nowEpochMilliSeconds());
}
