import { translateJavaPattern } from './java-regex.ts';

const compiled = new Map<string, RegExp>();

/** `util.matches(pattern, value)`: Java's Pattern.matches, so the whole value must match. */
export function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    const { source, flags } = translateJavaPattern(String(pattern));
    regex = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
    compiled.set(pattern, regex);
  }
  regex.lastIndex = 0;
  return regex.test(String(value));
}
