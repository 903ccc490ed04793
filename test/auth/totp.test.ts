import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, totpCode, totpMatches } from '../../local/auth/user-pool/totp.ts';

/** RFC 6238 Appendix B: the SHA-1 secret "12345678901234567890" and its 8-digit codes. */
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP codes', () => {
  it.each(RFC_VECTORS)('give at %i s the code RFC 6238 lists (%s)', (seconds, code) => {
    // Assess
    expect(totpCode(RFC_SECRET, seconds * 1000, 8)).toBe(code);
  });

  it('round-trip their base32 secret as RFC 4648 spells it', () => {
    // Assess
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
  });

  it('accept the code of the step before and after, for clocks a little apart, and nothing further', () => {
    // Prepare
    const now = 1_800_000_000_000;
    // Assess
    expect([-60, -30, 0, 30, 60].map((s) => totpMatches(RFC_SECRET, totpCode(RFC_SECRET, now + s * 1000), now))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
