import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';
import { COMPILED_PATTERNS_KEPT, compiledPatternCount } from '../../../local/appsync-js/util/matches.ts';

const matches = (pattern: string, value: string) => evaluate(`util.matches(${JSON.stringify(pattern)}, ${JSON.stringify(value)})`);

describe('util.matches, a java.util.regex full match', () => {
  it('matches the documented example', () => {
    expect(matches('a*b', 'aaaaab')).toBe(true);
  });

  it.each([
    ['the whole value must match, not a part of it', 'a*b', 'aaaaabc', false],
    ['an alternative that only a longer branch completes', 'a|ab', 'ab', true],
    ['an email-like pattern with anchors', '^[\\w.+-]+@\\w+\\.\\w+$', 'x.y+z@mail.com', true],
    ['a dash at the end of a class', '[\\d-]+', '12-3', true],
  ])('%s', (_, pattern, value, expected) => {
    expect(matches(pattern, value)).toBe(expected);
  });

  it.each([
    ['\\s matches only ASCII whitespace, not a no-break space', '\\s', '\u00a0', false],
    ['\\s matches a tab', '\\s', '\t', true],
    ['. stops at NEL (\\u0085), a Java line terminator', '.', '\u0085', false],
    ['. stops at a newline', '.*', 'line1\nline2', false],
    ['(?s) lets . cross lines', '(?s).*', 'line1\nline2', true],
    ['$ does not swallow a final newline in a full match', 'a$', 'a\n', false],
    ['\\Z accepts a final line terminator', 'a\\Z\\n', 'a\n', true],
    ['\\v is vertical whitespace, not only a vertical tab', '\\v', '\n', true],
    ['\\h is horizontal whitespace', '\\h', '\u00a0', true],
  ])('reads Java whitespace and line rules: %s', (_, pattern, value, expected) => {
    expect(matches(pattern, value)).toBe(expected);
  });

  it.each([
    ['POSIX \\p{Alpha}', '\\p{Alpha}+', 'abcZ', true],
    ['POSIX \\p{Punct}', '\\p{Punct}', '!', true],
    ['POSIX \\p{XDigit}', '\\p{XDigit}+', 'c0ffee', true],
    ['a negated POSIX class', '\\P{Digit}', '5', false],
    ['a Unicode category', '\\p{Lu}\\p{Ll}+', 'Ab', true],
    ['a one-letter category', '\\pL', 'é', true],
    ['a script through Is', '\\p{IsLatin}+', 'abc', true],
    ['a java.lang.Character class', '\\p{javaLowerCase}+', 'abc', true],
    ['class intersection', '[a-z&&[^aeiou]]+', 'bcd', true],
    ['class intersection refusing a vowel', '[a-z&&[^aeiou]]+', 'bad', false],
    ['class union', '[a-c[x-z]]+', 'abxz', true],
    ['\\Q...\\E quoting', '\\Qa.b\\E', 'a.b', true],
    ['\\Q...\\E keeping the dot literal', '\\Qa.b\\E', 'axb', false],
    ['a possessive quantifier', 'a++b', 'aab', true],
    ['an atomic group', '(?>ab|a)c', 'abc', true],
    ['hex, unicode and braced hex escapes', '\\x41\\u0042\\x{43}', 'ABC', true],
    ['an octal escape', '\\0101', 'A', true],
    ['a control escape', '\\cJ', '\n', true],
    ['case-insensitive flag', '(?i)ABC', 'abc', true],
    ['comments flag', '(?x) a b # a comment', 'ab', true],
    ['a closing bracket first in a class', '[]a]+', ']a', true],
    ['a backreference', '(\\w)\\1', 'aa', true],
    ['a named group and its backreference', '(?<n>\\w)\\k<n>', 'bb', true],
    ['an escaped brace', '\\}', '}', true],
    ['a bounded repetition', 'a{2,3}', 'aaa', true],
  ])('understands %s', (_, pattern, value, expected) => {
    expect(matches(pattern, value)).toBe(expected);
  });

  it.each([
    ['an unclosed group', '(ab'],
    ['an unclosed class', '[ab'],
    ['an unknown escape', '\\y'],
    ['a dangling repetition', 'a{x}'],
    ['a Unicode block, which JS cannot express', '\\p{InGreek}'],
  ])('refuses %s with a PatternSyntaxException', (_, pattern) => {
    expect(() => matches(pattern, 'x')).toThrow(/near index/);
  });

  it('keeps a bounded number of compiled patterns however many different ones callers send', () => {
    for (let i = 0; i < COMPILED_PATTERNS_KEPT * 3; i += 1) matches(`x{${i}}`, 'x');

    expect(compiledPatternCount()).toBe(COMPILED_PATTERNS_KEPT);
    expect(matches('x{2}', 'xx')).toBe(true);
  });
});
