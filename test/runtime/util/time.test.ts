import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

// The instant of the developer guide's examples: 2018-02-06T19:01:35.758Z.
const INSTANT = 1517943695758;

describe('util.time', () => {
  describe('conversions from epoch milliseconds', () => {
    it('epochMilliSecondsToSeconds drops the milliseconds', () => {
      expect(evaluate(`util.time.epochMilliSecondsToSeconds(${INSTANT})`)).toBe(1517943695);
    });

    it('epochMilliSecondsToISO8601 writes UTC with milliseconds', () => {
      expect(evaluate(`util.time.epochMilliSecondsToISO8601(${INSTANT})`)).toBe('2018-02-06T19:01:35.758Z');
    });

    it('epochMilliSecondsToISO8601 leaves zero milliseconds out, as java.time.Instant does', () => {
      expect(evaluate(`util.time.epochMilliSecondsToISO8601(1517943695000)`)).toBe('2018-02-06T19:01:35Z');
    });

    it.each([
      ['in UTC by default', `"yyyy-MM-dd HH:mm:ssZ"`, '2018-02-06 19:01:35+0000'],
      ['at an offset', `"yyyy-MM-dd HH:mm:ssZ", "+08:00"`, '2018-02-07 03:01:35+0800'],
      ['in a region zone', `"yyyy-MM-dd HH:mm:ssZ", "Australia/Perth"`, '2018-02-07 03:01:35+0800'],
      ['with English month and day names', `"EEEE, MMMM d, yyyy h:mm a", "America/New_York"`, 'Tuesday, February 6, 2018 2:01 PM'],
      ['with abbreviated names and quoted text', `"EEE dd MMM yyyy 'at' HH:mm:ss.SSS"`, 'Tue 06 Feb 2018 at 19:01:35.758'],
      ['with ISO offset and day-of-year fields', `"uuuu-DDD'T'HHmmXXX", "-05:30"`, '2018-037T1331-05:30'],
    ])('epochMilliSecondsToFormatted formats %s', (_, args, expected) => {
      expect(evaluate(`util.time.epochMilliSecondsToFormatted(${INSTANT}, ${args})`)).toBe(expected);
    });
  });

  describe('parsing', () => {
    it('parseFormattedToEpochMilliSeconds reads the zone from the text', () => {
      expect(evaluate(`util.time.parseFormattedToEpochMilliSeconds("2018-02-01 17:19:07+0000", "yyyy-MM-dd HH:mm:ssZ")`)).toBe(
        1517505547000,
      );
    });

    it('parseFormattedToEpochMilliSeconds takes the given zone when the text has none', () => {
      expect(evaluate(`util.time.parseFormattedToEpochMilliSeconds("2018-02-01 17:19:07", "yyyy-MM-dd HH:mm:ss", "+08:00")`)).toBe(
        1517476747000,
      );
    });

    it('parseFormattedToEpochMilliSeconds reads English month names', () => {
      expect(evaluate(`util.time.parseFormattedToEpochMilliSeconds("01 Feb 2018 17:19:07", "dd MMM yyyy HH:mm:ss")`)).toBe(1517505547000);
    });

    it('parseFormattedToEpochMilliSeconds refuses text that does not fit the pattern', () => {
      expect(() => evaluate(`util.time.parseFormattedToEpochMilliSeconds("2018/02/01", "yyyy-MM-dd HH:mm:ss")`)).toThrow(
        /could not be parsed/,
      );
    });

    it('parseISO8601ToEpochMilliSeconds honours the offset', () => {
      expect(evaluate(`util.time.parseISO8601ToEpochMilliSeconds("2018-02-01T17:21:05.180+08:00")`)).toBe(1517476865180);
    });

    it('parseISO8601ToEpochMilliSeconds reads a Z timestamp', () => {
      expect(evaluate(`util.time.parseISO8601ToEpochMilliSeconds("2018-02-06T19:01:35.758Z")`)).toBe(INSTANT);
    });

    it('refuses a zone id that does not exist', () => {
      expect(() => evaluate(`util.time.epochMilliSecondsToFormatted(0, "yyyy", "Mars/Base")`)).toThrow(/Unknown time-zone ID: Mars\/Base/);
    });
  });

  describe('the current time', () => {
    it('nowEpochMilliSeconds and nowEpochSeconds read the clock', () => {
      // Prepare
      const before = Date.now();
      // Act
      const [ms, s] = evaluate(`[util.time.nowEpochMilliSeconds(), util.time.nowEpochSeconds()]`) as number[];
      // Assess
      const after = Date.now();
      expect(ms).toBeGreaterThanOrEqual(before);
      expect(ms).toBeLessThanOrEqual(after);
      expect(s).toBeGreaterThanOrEqual(Math.floor(before / 1000));
      expect(s).toBeLessThanOrEqual(Math.floor(after / 1000));
    });

    it('nowISO8601 writes the current instant in UTC', () => {
      // Prepare
      const before = Date.now();
      // Act
      const iso = evaluate(`util.time.nowISO8601()`) as string;
      // Assess
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
      expect(Date.parse(iso)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(iso)).toBeLessThanOrEqual(Date.now());
    });

    it('nowFormatted formats the current time in the given zone', () => {
      // Prepare
      const before = Math.floor(Date.now() / 1000) * 1000;
      // Act
      const text = evaluate(`util.time.nowFormatted("yyyy-MM-dd'T'HH:mm:ssXXX", "+08:00")`) as string;
      // Assess
      expect(text).toMatch(/\+08:00$/);
      expect(Date.parse(text)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(text)).toBeLessThanOrEqual(Date.now());
    });
  });
});
