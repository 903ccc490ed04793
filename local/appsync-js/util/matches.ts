import { JavaPatternError, translateJavaPattern } from './java-regex.ts';

/** Compiled patterns, the most recently used last; bounded, since any caller can send any pattern. */
const compiled = new Map<string, RegExp>();
export const COMPILED_PATTERNS_KEPT = 256;

/** `util.matches(pattern, value)`: Java's Pattern.matches, so the whole value must match. */
export function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (regex) {
    compiled.delete(pattern);
    compiled.set(pattern, regex);
  } else {
    const { source, flags } = translateJavaPattern(String(pattern));
    try {
      regex = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
    } catch (e) {
      // The translation keeps Java's structure, so what JS cannot compile (an unclosed group...) Java refused too.
      throw new JavaPatternError((e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''), String(pattern), String(pattern).length);
    }
    compiled.set(pattern, regex);
    if (compiled.size > COMPILED_PATTERNS_KEPT) compiled.delete(compiled.keys().next().value!);
  }
  regex.lastIndex = 0;
  return regex.test(String(value));
}

/** How many compiled patterns are kept now. */
export const compiledPatternCount = () => compiled.size;
