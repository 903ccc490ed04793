import { JavaPatternError, translateJavaPattern } from './java-regex.ts';

const compiled = new Map<string, RegExp>();

/** `util.matches(pattern, value)`: Java's Pattern.matches, so the whole value must match. */
export function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    const { source, flags } = translateJavaPattern(String(pattern));
    try {
      regex = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
    } catch (e) {
      // The translation keeps Java's structure, so what JS cannot compile (an unclosed group...) Java refused too.
      throw new JavaPatternError((e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''), String(pattern), String(pattern).length);
    }
    compiled.set(pattern, regex);
  }
  regex.lastIndex = 0;
  return regex.test(String(value));
}
