import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

describe('util.urlEncode and util.urlDecode (application/x-www-form-urlencoded)', () => {
  it.each([
    ['a space as a plus', 'a b', 'a+b'],
    ['reserved characters as percent escapes', 'a&b=c/d?e', 'a%26b%3Dc%2Fd%3Fe'],
    ['the characters Java leaves alone', 'AZaz09.-*_', 'AZaz09.-*_'],
    ['a tilde and an apostrophe, which Java escapes', "~'", '%7E%27'],
    ['non-ASCII text as UTF-8 bytes in upper-case hex', 'é€', '%C3%A9%E2%82%AC'],
  ])('urlEncode writes %s', (_, text, encoded) => {
    expect(evaluate(`util.urlEncode(${JSON.stringify(text)})`)).toBe(encoded);
  });

  it('urlDecode reads back what urlEncode wrote', () => {
    expect(evaluate(`util.urlDecode(util.urlEncode("a b&c=é€~"))`)).toBe('a b&c=é€~');
  });

  it('urlDecode reads a plus as a space', () => {
    expect(evaluate(`util.urlDecode("a+b%20c")`)).toBe('a b c');
  });

  it('urlDecode refuses a broken escape', () => {
    expect(() => evaluate(`util.urlDecode("%zz")`)).toThrow(/Illegal hex characters in escape/);
  });
});

describe('util.base64Encode and util.base64Decode', () => {
  it('base64Encode encodes the UTF-8 bytes with padding', () => {
    expect(evaluate(`util.base64Encode("Hello, é")`)).toBe('SGVsbG8sIMOp');
    expect(evaluate(`util.base64Encode("ab")`)).toBe('YWI=');
  });

  it('base64Decode reads back what base64Encode wrote', () => {
    expect(evaluate(`util.base64Decode("SGVsbG8sIMOp")`)).toBe('Hello, é');
    expect(evaluate(`util.base64Decode("YWI=")`)).toBe('ab');
    expect(evaluate(`util.base64Decode("YWI")`)).toBe('ab');
  });

  it.each([
    ['a character outside the alphabet', 'a-b=', /Illegal base64 character 2d/],
    ['a lone character in the last unit', 'YWJjZ', /Last unit does not have enough valid bits/],
    ['characters after the padding', 'YWI=YWI=', /incorrect ending byte/],
  ])('base64Decode refuses %s, as java.util.Base64 does', (_, text, error) => {
    expect(() => evaluate(`util.base64Decode(${JSON.stringify(text)})`)).toThrow(error);
  });
});

describe('util.escapeJavaScript', () => {
  it.each([
    ['quotes and backslashes', `it's "x" \\ y`, `it\\'s \\"x\\" \\\\ y`],
    ['a slash', '</script>', '<\\/script>'],
    ['control characters', 'a\nb\tc\rd\be\ff', 'a\\nb\\tc\\rd\\be\\ff'],
    ['other control characters as unicode escapes', '\u0001', '\\u0001'],
    ['characters beyond ASCII as upper-case unicode escapes', 'é😀', '\\u00E9\\uD83D\\uDE00'],
  ])('escapes %s', (_, text, escaped) => {
    expect(evaluate(`util.escapeJavaScript(${JSON.stringify(text)})`)).toBe(escaped);
  });
});
