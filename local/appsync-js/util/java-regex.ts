/**
 * Translates a java.util.regex.Pattern into an equivalent JavaScript RegExp (compiled with the
 * `v` flag, whose nested classes give Java's class union and intersection). Where the two
 * dialects read the same text differently (\s, \v, `.`, `$`, POSIX and Java classes, \Q…\E,
 * possessive quantifiers, atomic groups), the Java meaning is kept.
 */

export class JavaPatternError extends Error {
  constructor(reason: string, pattern: string, index: number) {
    super(`${reason} near index ${index}\n${pattern}\n${' '.repeat(Math.max(0, index))}^`);
    this.name = 'PatternSyntaxException';
  }
}

interface Flags {
  caseInsensitive: boolean;
  multiline: boolean;
  dotAll: boolean;
  comments: boolean;
  unixLines: boolean;
}

const LINE_TERMINATORS = '\\n\\r\\u0085\\u2028\\u2029';
const JAVA_SPACE = '\\t\\n\\x0B\\f\\r ';
const HORIZONTAL_SPACE = ' \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
const VERTICAL_SPACE = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';

const POSIX_CLASSES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`\\{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: JAVA_SPACE,
  javaLowerCase: '\\p{Lowercase}',
  javaUpperCase: '\\p{Uppercase}',
  javaWhitespace: '\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000',
  javaMirrored: '\\p{Bidi_Mirrored}',
  javaLetter: '\\p{L}',
  javaDigit: '\\p{Nd}',
  javaLetterOrDigit: '\\p{L}\\p{Nd}',
  javaAlphabetic: '\\p{Alphabetic}',
};

const BINARY_PROPERTIES: Record<string, string> = {
  alphabetic: 'Alphabetic',
  ideographic: 'Ideographic',
  letter: 'L',
  lowercase: 'Lowercase',
  uppercase: 'Uppercase',
  titlecase: 'Lt',
  punctuation: 'P',
  control: 'Cc',
  white_space: 'White_Space',
  whitespace: 'White_Space',
  digit: 'Nd',
  hex_digit: 'Hex_Digit',
  hexdigit: 'Hex_Digit',
  join_control: 'Join_Control',
  joincontrol: 'Join_Control',
  noncharacter_code_point: 'Noncharacter_Code_Point',
  emoji: 'Emoji',
};

const CLASS_RESERVED = new Set([...'^$\\.*+?()[]{}|/&-!#%,:;<=>@`~']);
const SYNTAX_CHARS = new Set([...'^$\\.*+?()[]{}|/']);

function hex(cp: number): string {
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}

function literal(cp: number, inClass: boolean): string {
  const char = String.fromCodePoint(cp);
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0)) return hex(cp);
  if ((inClass ? CLASS_RESERVED : SYNTAX_CHARS).has(char)) return '\\' + char;
  return char;
}

function propertyOf(name: string, negated: boolean, fail: (reason: string) => never): string {
  const posix = POSIX_CLASSES[name];
  if (posix !== undefined) return `[${negated ? '^' : ''}${posix}]`;
  let js: string | undefined;
  const equals = /^(?:script|sc|general_category|gc|block|blk)=(.+)$/i.exec(name);
  if (equals) {
    if (/^(block|blk)=/i.test(name)) fail(`Unicode blocks are not supported: ${name}`);
    js = /^(script|sc)=/i.test(name) ? `Script=${equals[1]}` : equals[1];
  } else if (/^Is/.test(name)) {
    const rest = name.slice(2);
    js = BINARY_PROPERTIES[rest.toLowerCase()] ?? (/^[A-Z][a-z]?$/.test(rest) ? rest : `Script=${rest}`);
  } else if (/^In/.test(name)) {
    fail(`Unicode blocks are not supported: ${name}`);
  } else {
    js = name;
  }
  const escape = `\\${negated ? 'P' : 'p'}{${js}}`;
  try {
    new RegExp(escape, 'v');
  } catch {
    fail(`Unknown character property name {${name}}`);
  }
  return escape;
}

/** Parses a Java pattern; `source` and `flags` build the RegExp that matches what Java would. */
export function translateJavaPattern(pattern: string): { source: string; flags: string } {
  const flags: Flags = { caseInsensitive: false, multiline: false, dotAll: false, comments: false, unixLines: false };
  let i = 0;
  const fail = (reason: string, at: number = i): never => {
    throw new JavaPatternError(reason, pattern, at);
  };
  const peek = (offset = 0) => pattern[i + offset];
  const codePointAt = (at: number) => pattern.codePointAt(at)!;

  // Only flags at the very start can become RegExp flags: V8 in Node 20 has no inline modifiers.
  for (let m; (m = /^\(\?([idmsuxU]*)(?:-([idmsuxU]*))?\)/.exec(pattern.slice(i)));) {
    for (const f of m[1]) setFlag(flags, f, true);
    for (const f of m[2] ?? '') setFlag(flags, f, false);
    i += m[0].length;
  }

  const terminators = flags.unixLines ? '\\n' : LINE_TERMINATORS;

  function readHex(digits: string, at: number): number {
    if (!/^[0-9a-fA-F]+$/.test(digits)) fail('Illegal hexadecimal escape sequence', at);
    const cp = parseInt(digits, 16);
    if (cp > 0x10ffff) fail('Hexadecimal codepoint is too big', at);
    return cp;
  }

  /** Reads an escape after the backslash; returns JS source, and the code point when it is a single character. */
  function readEscape(inClass: boolean): { js: string; cp?: number } {
    const start = i - 1;
    const c = pattern[i++];
    if (c === undefined) fail('Unexpected internal error', start);
    const single = (cp: number) => ({ js: literal(cp, inClass), cp });
    switch (c) {
      case 't':
        return single(0x09);
      case 'n':
        return single(0x0a);
      case 'r':
        return single(0x0d);
      case 'f':
        return single(0x0c);
      case 'a':
        return single(0x07);
      case 'e':
        return single(0x1b);
      case '0': {
        const m = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(pattern.slice(i));
        if (!m) fail('Illegal octal escape sequence', start);
        i += m![0].length;
        return single(parseInt(m![0], 8));
      }
      case 'x': {
        if (peek() === '{') {
          const end = pattern.indexOf('}', i);
          if (end < 0) fail('Unclosed hexadecimal escape sequence', start);
          const cp = readHex(pattern.slice(i + 1, end), start);
          i = end + 1;
          return single(cp);
        }
        const cp = readHex(pattern.slice(i, i + 2).padEnd(2, 'g'), start);
        i += 2;
        return single(cp);
      }
      case 'u': {
        const cp = readHex(pattern.slice(i, i + 4).padEnd(4, 'g'), start);
        i += 4;
        return single(cp);
      }
      case 'c': {
        const next = pattern[i++];
        if (next === undefined) fail('Illegal control escape sequence', start);
        return single(next.charCodeAt(0) ^ 64);
      }
      case 'd':
        return { js: '\\d' };
      case 'D':
        return { js: inClass ? '[^0-9]' : '\\D' };
      case 'w':
        return { js: '\\w' };
      case 'W':
        return { js: inClass ? '[^a-zA-Z_0-9]' : '\\W' };
      case 's':
        return { js: `[${JAVA_SPACE}]` };
      case 'S':
        return { js: `[^${JAVA_SPACE}]` };
      case 'h':
        return { js: `[${HORIZONTAL_SPACE}]` };
      case 'H':
        return { js: `[^${HORIZONTAL_SPACE}]` };
      case 'v':
        return { js: `[${VERTICAL_SPACE}]` };
      case 'V':
        return { js: `[^${VERTICAL_SPACE}]` };
      case 'p':
      case 'P': {
        let name: string;
        if (peek() === '{') {
          const end = pattern.indexOf('}', i);
          if (end < 0) fail('Unclosed character family', start);
          name = pattern.slice(i + 1, end);
          i = end + 1;
        } else {
          name = pattern[i++] ?? fail('Illegal character family', start);
        }
        return { js: propertyOf(name, c === 'P', (reason) => fail(reason, start)) };
      }
      case 'Q': {
        const end = pattern.indexOf('\\E', i);
        const text = end < 0 ? pattern.slice(i) : pattern.slice(i, end);
        i = end < 0 ? pattern.length : end + 2;
        return { js: [...text].map((ch) => literal(ch.codePointAt(0)!, inClass)).join('') };
      }
    }
    if (!inClass) {
      switch (c) {
        case 'b':
          if (peek() === '{') fail('Unsupported \\b{g}', start);
          return { js: '\\b' };
        case 'B':
          return { js: '\\B' };
        case 'A':
          return { js: '(?<![\\s\\S])' };
        case 'z':
          return { js: '(?![\\s\\S])' };
        case 'Z':
          return { js: `(?=(?:\\r\\n|[${terminators}])?(?![\\s\\S]))` };
        case 'R':
          return { js: `(?:\\r\\n|[${VERTICAL_SPACE}])` };
        case 'k': {
          const m = /^<([A-Za-z][A-Za-z0-9]*)>/.exec(pattern.slice(i));
          if (!m) fail("\\k is not followed by '<' for named capturing group", start);
          i += m![0].length;
          return { js: `\\k<${m![1]}>` };
        }
      }
      if (/[1-9]/.test(c)) {
        let digits = c;
        while (/[0-9]/.test(peek() ?? '')) digits += pattern[i++];
        return { js: `\\${digits}` };
      }
    }
    if (/[A-Za-z0-9]/.test(c)) fail('Illegal/unsupported escape sequence', start + 1);
    return single(codePointAt(i - 1));
  }

  function skipComments() {
    if (!flags.comments) return;
    for (;;) {
      if (/\s/.test(peek() ?? '')) i++;
      else if (peek() === '#') {
        while (i < pattern.length && !/[\n\r\u0085\u2028\u2029]/.test(pattern[i])) i++;
      } else return;
    }
  }

  function readClass(): string {
    const start = i - 1;
    let negated = false;
    if (peek() === '^') {
      negated = true;
      i++;
    }
    const segments: string[][] = [[]];
    let first = true;
    for (;;) {
      if (flags.comments) skipComments();
      const c = peek();
      if (c === undefined) fail('Unclosed character class', pattern.length - 1);
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      if (c === '&' && peek(1) === '&') {
        i += 2;
        segments.push([]);
        continue;
      }
      const items = segments[segments.length - 1];
      if (c === '[') {
        i++;
        items.push(readClass());
        continue;
      }
      const from = readClassAtom();
      if (peek() === '-' && peek(1) !== ']' && peek(1) !== undefined && from.cp !== undefined && peek(1) !== '[') {
        i++;
        const to = readClassAtom();
        if (to.cp === undefined) fail('Illegal character range', i - 1);
        if (to.cp! < from.cp) fail('Illegal character range', i - 1);
        items.push(`${literal(from.cp, true)}-${literal(to.cp!, true)}`);
      } else {
        items.push(from.js);
      }
    }
    const body =
      segments.length === 1
        ? segments[0].join('')
        : segments
            .filter((s) => s.length > 0)
            .map((s) => `[${s.join('')}]`)
            .join('&&');
    if (segments.length > 1 && segments.some((s) => s.length === 0)) fail('Bad class syntax', start);
    return `[${negated ? '^' : ''}${body}]`;
  }

  function readClassAtom(): { js: string; cp?: number } {
    const c = pattern[i++];
    if (c === '\\') return readEscape(true);
    const cp = codePointAt(i - 1);
    if (cp > 0xffff) i++;
    return { js: literal(cp, true), cp };
  }

  function readQuantifierSuffix(): string {
    if (peek() === '?') {
      i++;
      return '?';
    }
    // A possessive quantifier never gives back; JS has none, the greedy one matches the same strings in full matches of simple patterns.
    if (peek() === '+') i++;
    return '';
  }

  let out = '';
  while (i < pattern.length) {
    skipComments();
    if (i >= pattern.length) break;
    const c = pattern[i++];
    switch (c) {
      case '\\':
        out += readEscape(false).js;
        break;
      case '[':
        out += readClass();
        break;
      case '.':
        out += flags.dotAll ? '[\\s\\S]' : `[^${terminators}]`;
        break;
      case '^':
        out += flags.multiline ? `(?<=^|[${terminators}])` : '(?<![\\s\\S])';
        break;
      case '$':
        out += flags.multiline ? `(?=[${terminators}]|(?![\\s\\S]))` : `(?=(?:\\r\\n|[${terminators}])?(?![\\s\\S]))`;
        break;
      case '(': {
        const rest = pattern.slice(i);
        if (rest.startsWith('?>')) {
          // An atomic group never backtracks into itself; JS has none, a plain group matches a superset.
          i += 2;
          out += '(?:';
        } else if (/^\?(?::|=|!|<=|<!)/.test(rest)) {
          const m = /^\?(?::|=|!|<=|<!)/.exec(rest)!;
          i += m[0].length;
          out += '(' + m[0];
        } else if (/^\?<[A-Za-z][A-Za-z0-9]*>/.test(rest)) {
          const m = /^\?<[A-Za-z][A-Za-z0-9]*>/.exec(rest)!;
          i += m[0].length;
          out += '(' + m[0];
        } else if (rest.startsWith('?')) {
          fail('Inline flags are only supported at the start of the pattern', i);
        } else {
          out += '(';
        }
        break;
      }
      case '*':
      case '+':
      case '?':
        out += c + readQuantifierSuffix();
        break;
      case '{': {
        const m = /^(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (!m) fail('Illegal repetition', i - 1);
        i += m![0].length;
        out += '{' + m![0] + readQuantifierSuffix();
        break;
      }
      case ')':
      case '|':
        out += c;
        break;
      default: {
        const cp = codePointAt(i - 1);
        if (cp > 0xffff) i++;
        out += literal(cp, false);
      }
    }
  }
  return { source: out, flags: `v${flags.caseInsensitive ? 'i' : ''}` };
}

function setFlag(flags: Flags, flag: string, on: boolean) {
  if (flag === 'i') flags.caseInsensitive = on;
  else if (flag === 'm') flags.multiline = on;
  else if (flag === 's') flags.dotAll = on;
  else if (flag === 'x') flags.comments = on;
  else if (flag === 'd') flags.unixLines = on;
}
