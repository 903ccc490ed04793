// AppSync's messages embed Java objects printed by Java's toString(): graphql-java AST nodes,
// graphql-java types, Jackson-decoded variable values and Java HashSets. These reproduce that text.
import { Kind, isListType, isNonNullType, type GraphQLType, type ValueNode } from 'graphql';

/**
 * graphql-java's `GraphQLType.getName()` as AppSync's graphql-java has it: list and non-null
 * wrappers have no name and print as "null" (AppSync says "Sub selection required for type null
 * of field categories" for a `[Category]` field, aws-amplify/amplify-cli#4409).
 */
export function javaTypeName(type: GraphQLType | null | undefined): string {
  if (!type || isListType(type) || isNonNullType(type)) return 'null';
  return type.name;
}

/** graphql-java's `GraphQLTypeUtil.simplePrint` (`getUnwrappedTypeName` in older releases): `[ID!]!`. */
export function javaTypeSignature(type: GraphQLType): string {
  if (isNonNullType(type)) return `${javaTypeSignature(type.ofType)}!`;
  if (isListType(type)) return `[${javaTypeSignature(type.ofType)}]`;
  return type.name;
}

/** graphql-java's `Value.toString()`, e.g. `ObjectValue{objectFields=[ObjectField{name='a', value=IntValue{value=1}}]}`. */
export function javaValueNode(node: ValueNode): string {
  switch (node.kind) {
    case Kind.INT:
      return `IntValue{value=${BigInt(node.value).toString()}}`;
    case Kind.FLOAT:
      return `FloatValue{value=${javaBigDecimal(node.value)}}`;
    case Kind.STRING:
      return `StringValue{value='${node.value}'}`;
    case Kind.BOOLEAN:
      return `BooleanValue{value=${node.value}}`;
    case Kind.NULL:
      return 'NullValue{}';
    case Kind.ENUM:
      return `EnumValue{name='${node.value}'}`;
    case Kind.VARIABLE:
      return `VariableReference{name='${node.name.value}'}`;
    case Kind.LIST:
      return `ArrayValue{values=[${node.values.map(javaValueNode).join(', ')}]}`;
    case Kind.OBJECT:
      return `ObjectValue{objectFields=[${node.fields
        .map((f) => `ObjectField{name='${f.name.value}', value=${javaValueNode(f.value)}}`)
        .join(', ')}]}`;
  }
}

/** `new BigDecimal(text).toString()`: the literal's scale is kept, and exponents print as `1.5E+3`. */
export function javaBigDecimal(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  const scale = fraction.length - Number(exponent);
  const adjusted = -scale + (digits.length - 1);
  if (scale >= 0 && adjusted >= -6) {
    if (scale === 0) return sign + digits;
    const padded = digits.padStart(scale + 1, '0');
    return `${sign}${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

/**
 * The Java class Jackson decodes a JSON value into, as graphql-java names it in
 * "Expected type 'ID' but was 'ArrayList'." (AppSync, quoted in an Amplify app's comments).
 */
export function javaClassName(value: unknown): string {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'bigint') return 'BigInteger';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'Double';
    if (value >= -(2 ** 31) && value < 2 ** 31) return 'Integer';
    return Math.abs(value) < 2 ** 63 ? 'Long' : 'BigInteger';
  }
  if (Array.isArray(value)) return 'ArrayList';
  return 'LinkedHashMap';
}

/**
 * `String.valueOf` of a Jackson-decoded value: AppSync prints an object given to AWSJSON as
 * "Unable to parse {key1=hi, key2=3, weirdKey:hello={nested=true}} as valid JSON."
 */
export function javaToString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return javaDouble(value);
  if (Array.isArray(value)) return `[${value.map(javaToString).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}=${javaToString(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

// Integers decode to Integer/Long and print plainly; only fractional numbers are Doubles.
function javaDouble(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 63) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) return String(value);
  const [mantissa, exponent] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/** Java's `String.hashCode()`. */
export function javaStringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * The iteration order of a `java.util.HashSet<String>` filled in the given order: by bucket,
 * then by insertion. graphql-java collects missing input fields into one before printing them.
 */
export function javaHashSetOrder(items: readonly string[]): string[] {
  const unique = [...new Set(items)];
  let capacity = 16;
  while (unique.length > capacity * 0.75) capacity *= 2;
  const bucketOf = (item: string) => {
    const hash = javaStringHash(item);
    return (hash ^ (hash >>> 16)) & (capacity - 1);
  };
  return unique
    .map((item, index) => ({ item, index, bucket: bucketOf(item) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map(({ item }) => item);
}

/** `AbstractCollection.toString()`: `[a, b]`. */
export const javaList = (items: readonly string[]) => `[${items.join(', ')}]`;
