import { DateTimeFormatter, Instant, LocalDateTime, TemporalQueries, ZoneId, ZoneOffset, ZonedDateTime } from '@js-joda/core';
import '@js-joda/timezone';
import '@js-joda/locale_en-us';
import jodaLocale from '@js-joda/locale';
import type { Util } from '@aws-appsync/utils';

import { BoundedCache } from './bounded-cache.ts';

type TimeUtils = Util['time'];

/**
 * `util.time`: java.time semantics (patterns are DateTimeFormatter patterns, zones are ZoneId
 * ids or offsets), rendered in the JVM's default en-US locale, so "MMM" gives "Feb".
 */

/** Formatters by pattern, bounded, since any caller can send any pattern. */
export const FORMATTERS_KEPT = 256;
const formatters = new BoundedCache<DateTimeFormatter>(FORMATTERS_KEPT);

const formatterFor = (pattern: string): DateTimeFormatter =>
  formatters.getOrCreate(pattern, () => DateTimeFormatter.ofPattern(String(pattern)).withLocale(jodaLocale.Locale.US));

/** How many formatters are kept now. */
export const formatterCount = () => formatters.count;

const zoneOf = (timezone?: string): ZoneId => (timezone === undefined || timezone === null ? ZoneOffset.UTC : ZoneId.of(String(timezone)));

const format = (epochMilli: number, pattern: string, timezone?: string): string =>
  ZonedDateTime.ofInstant(Instant.ofEpochMilli(epochMilli), zoneOf(timezone)).format(formatterFor(pattern));

/** A zone written in the text wins; the given zone (UTC by default) only fills in when there is none. */
function parseFormatted(timestamp: string, pattern: string, timezone?: string): number {
  const parsed = formatterFor(pattern).parse(String(timestamp));
  const zonedDateTime = parsed.query(TemporalQueries.zone())
    ? ZonedDateTime.from(parsed)
    : LocalDateTime.from(parsed).atZone(zoneOf(timezone));
  return zonedDateTime.toInstant().toEpochMilli();
}

/** Java's long division truncates towards zero. */
const toLong = (value: number) => Math.trunc(Number(value));

export const time = {
  nowISO8601: () => Instant.ofEpochMilli(Date.now()).toString(),
  nowEpochSeconds: () => Math.floor(Date.now() / 1000),
  nowEpochMilliSeconds: () => Date.now(),
  nowFormatted: (formatString: string, timezone?: string) => format(Date.now(), formatString, timezone),
  parseFormattedToEpochMilliSeconds: (timestamp: string, formatString: string, timezone?: string) =>
    parseFormatted(timestamp, formatString, timezone),
  parseISO8601ToEpochMilliSeconds: (timestamp: string) => ZonedDateTime.parse(String(timestamp)).toInstant().toEpochMilli(),
  epochMilliSecondsToSeconds: (milliseconds: number) => Math.trunc(toLong(milliseconds) / 1000),
  epochMilliSecondsToISO8601: (milliseconds: number) => Instant.ofEpochMilli(toLong(milliseconds)).toString(),
  epochMilliSecondsToFormatted: (milliseconds: number, formatString: string, timezone?: string) =>
    format(toLong(milliseconds), formatString, timezone),
} satisfies TimeUtils;
