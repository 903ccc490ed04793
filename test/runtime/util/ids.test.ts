import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function ulidTime(ulid: string): number {
  return [...ulid.slice(0, 10)].reduce((t, c) => t * 32 + CROCKFORD.indexOf(c), 0);
}

function ksuidSeconds(ksuid: string): number {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const n = [...ksuid].reduce((acc, c) => acc * 62n + BigInt(alphabet.indexOf(c)), 0n);
  return Number(n >> 128n) + 1_400_000_000;
}

describe('util.autoId', () => {
  it('gives a random version 4 UUID each time', () => {
    // Act
    const [a, b] = evaluate(`[util.autoId(), util.autoId()]`) as string[];
    // Assess
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});

describe('util.autoUlid', () => {
  it('gives 26 Crockford base32 characters starting with the current millisecond', () => {
    // Prepare
    const before = Date.now();
    // Act
    const ulid = evaluate(`util.autoUlid()`) as string;
    // Assess
    expect(ulid).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(ulidTime(ulid)).toBeGreaterThanOrEqual(before);
    expect(ulidTime(ulid)).toBeLessThanOrEqual(Date.now());
  });

  it('orders ids made in later milliseconds after earlier ones', () => {
    // Prepare
    const first = evaluate(`util.autoUlid()`) as string;
    const start = Date.now();
    while (Date.now() === start) {
      // wait for the clock to move to the next millisecond
    }
    // Act
    const second = evaluate(`util.autoUlid()`) as string;
    // Assess
    expect(second > first).toBe(true);
  });
});

describe('util.autoKsuid', () => {
  it('gives 27 base62 characters whose time is the current second', () => {
    // Prepare
    const before = Math.floor(Date.now() / 1000);
    // Act
    const ksuid = evaluate(`util.autoKsuid()`) as string;
    // Assess
    expect(ksuid).toMatch(/^[0-9A-Za-z]{27}$/);
    expect(ksuidSeconds(ksuid)).toBeGreaterThanOrEqual(before);
    expect(ksuidSeconds(ksuid)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it('gives a different id each time', () => {
    const [a, b] = evaluate(`[util.autoKsuid(), util.autoKsuid()]`) as string[];
    expect(a).not.toBe(b);
  });
});
