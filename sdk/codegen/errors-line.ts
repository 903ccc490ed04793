/**
 * The error types a schema description documents, from its closing `Errors:` sentence:
 * `Errors: VALIDATION, NOT_FOUND (stream or product), Unauthorized.` (`Errors: none.` for none);
 * undefined when it has none. A note in parentheses says when; it is no type.
 */
export function documentedErrors(description: string | null | undefined): string[] | undefined {
  const at = description?.lastIndexOf('Errors:') ?? -1;
  if (at < 0) return undefined;
  const sentence = description!.slice(at + 'Errors:'.length);
  const list = sentence.replace(/\([^)]*\)/g, '').trim();
  if (!list.endsWith('.')) throw new Error(`An Errors: sentence closes the description with a period: "${description}"`);
  const types = list
    .slice(0, -1)
    .split(',')
    .map((type) => type.trim());
  if (types.join() === 'none') return [];
  const malformed = types.filter((type) => !/^[A-Za-z][\w:]*$/.test(type));
  if (malformed.length) throw new Error(`Not error types: ${malformed.join(', ')} in "${description}"`);
  return types;
}
