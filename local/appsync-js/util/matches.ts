import { BoundedCache } from './bounded-cache.ts';
import { JavaPatternError, translateJavaPattern } from './java-regex.ts';

/** Compiled patterns, bounded, since any caller can send any pattern. */
export const COMPILED_PATTERNS_KEPT = 256;
const compiled = new BoundedCache<RegExp>(COMPILED_PATTERNS_KEPT);

/** `util.matches(pattern, value)`: Java's Pattern.matches, so the whole value must match. */
export function matches(pattern: string, value: string): boolean {
  const regex = compiled.getOrCreate(pattern, () => {
    const { source, flags } = translateJavaPattern(String(pattern));
    try {
      return new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
    } catch (e) {
      // The translation keeps Java's structure, so what JS cannot compile (an unclosed group...) Java refused too.
      throw new JavaPatternError(
        (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''),
        String(pattern),
        String(pattern).length,
      );
    }
  });
  regex.lastIndex = 0;
  return regex.test(String(value));
}

/** How many compiled patterns are kept now. */
export const compiledPatternCount = () => compiled.count;
