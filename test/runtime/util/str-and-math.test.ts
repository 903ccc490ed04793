import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

describe('util.str.normalize', () => {
  it.each([
    ['nfc', 'e\u0301', '\u00e9'],
    ['nfd', '\u00e9', 'e\u0301'],
    ['nfkc', '\ufb01', 'fi'],
    ['nfkd', '\u2460', '1'],
  ])('normalizes to %s', (form, text, normalized) => {
    expect(evaluate(`util.str.normalize(${JSON.stringify(text)}, "${form}")`)).toBe(normalized);
  });

  it('refuses an unknown form', () => {
    expect(() => evaluate(`util.str.normalize("a", "nfx")`)).toThrow(/Invalid normalization type/);
  });
});

describe('util.math', () => {
  it.each([
    ['2.5', 3],
    ['-2.5', -2],
    ['10.1', 10],
  ])('roundNum rounds %s half up, as Java does, to %s', (input, rounded) => {
    expect(evaluate(`util.math.roundNum(${input})`)).toBe(rounded);
  });

  it('minVal and maxVal pick the smaller and the larger', () => {
    expect(evaluate(`[util.math.minVal(3, -1.5), util.math.maxVal(3, -1.5)]`)).toEqual([-1.5, 3]);
  });

  it('randomDouble stays within [0, 1)', () => {
    const values = evaluate(`[1,2,3,4,5,6,7,8,9,10].map(() => util.math.randomDouble())`) as number[];
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(new Set(values).size).toBeGreaterThan(1);
  });

  it('randomWithinRange gives whole numbers from the start up to, not including, the end', () => {
    // Act
    const values = evaluate(`Array.from({ length: 400 }).map(() => util.math.randomWithinRange(1, 4))`) as number[];
    // Assess
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
    expect(new Set(values)).toEqual(new Set([1, 2, 3]));
  });

  it('randomWithinRange gives the start when the range is empty', () => {
    expect(evaluate(`util.math.randomWithinRange(5, 5)`)).toBe(5);
  });

  it.each([
    ['a start after the end', '3, 1', /Start value must be smaller or equal to end value/],
    ['a negative bound', '-1, 1', /Both range values must be non-negative/],
  ])('randomWithinRange refuses %s', (_, args, error) => {
    expect(() => evaluate(`util.math.randomWithinRange(${args})`)).toThrow(error);
  });
});
