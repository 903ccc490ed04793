/**
 * `util` encoders with the semantics of the Java classes AppSync uses: java.net.URLEncoder /
 * URLDecoder (form encoding), java.util.Base64 (basic, strict) and Commons Lang's
 * escapeEcmaScript.
 */

const FORM_SAFE = /[A-Za-z0-9.\-*_]/;

export function urlEncode(value: string): string {
  let out = '';
  for (const char of String(value)) {
    if (char === ' ') out += '+';
    else if (FORM_SAFE.test(char)) out += char;
    else for (const byte of Buffer.from(char, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export function urlDecode(value: string): string {
  const text = String(value);
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length) out += Buffer.from(bytes).toString('utf8');
    bytes.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '%') {
      const hex = text.slice(i + 1, i + 3);
      if (hex.length < 2) throw new Error('URLDecoder: Incomplete trailing escape (%) pattern');
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) {
        throw new Error(`URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: "${hex}"`);
      }
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      flush();
      out += c === '+' ? ' ' : c;
    }
  }
  flush();
  return out;
}

export const base64Encode = (value: string): string => Buffer.from(String(value), 'utf8').toString('base64');

const BASE64_ALPHABET = /[A-Za-z0-9+/]/;

/** java.util.Base64.getDecoder(): rejects what Node's lenient decoder would silently skip. */
export function base64Decode(value: string): string {
  const text = String(value);
  let inUnit = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '=') {
      const complete = (inUnit === 2 && text[i + 1] === '=') || inUnit === 3;
      if (!complete && inUnit !== 1) throw new Error('Input byte array has wrong 4-byte ending unit');
      i += inUnit === 2 ? 2 : 1;
      break;
    }
    if (!BASE64_ALPHABET.test(c)) throw new Error('Illegal base64 character ' + c.charCodeAt(0).toString(16));
    inUnit = (inUnit + 1) % 4;
  }
  if (inUnit === 1) throw new Error('Last unit does not have enough valid bits');
  if (i < text.length) throw new Error('Input byte array has incorrect ending byte at ' + i);
  return Buffer.from(text, 'base64').toString('utf8');
}

const ECMASCRIPT_ESCAPES: Record<string, string> = {
  "'": "\\'",
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\n': '\\n',
  '\t': '\\t',
  '\f': '\\f',
  '\r': '\\r',
};

export function escapeJavaScript(value: string): string {
  let out = '';
  const text = String(value);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (ECMASCRIPT_ESCAPES[c] !== undefined) out += ECMASCRIPT_ESCAPES[c];
    // Each UTF-16 unit outside printable ASCII is escaped separately, so astral characters become two escapes.
    else if (code < 32 || code > 0x7f) out += '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
    else out += c;
  }
  return out;
}
