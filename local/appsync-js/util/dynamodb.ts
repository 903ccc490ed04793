import type {
  DynamoDBBinaryResult,
  DynamoDBBinarySetResult,
  DynamoDBBooleanResult,
  DynamoDBListResult,
  DynamoDBMapResult,
  DynamoDBNullResult,
  DynamoDBNumberResult,
  DynamoDBNumberSetResult,
  DynamoDBReturnType,
  DynamoDBStringResult,
  DynamoDBStringSetResult,
  Util,
} from '@aws-appsync/utils';

type OptionalInputType<T> = T | null | undefined;

/**
 * `util.dynamodb`. Recorded AppSync output keeps numbers as JSON numbers (`{"N": 12345}`, an NS of
 * numbers), not the strings of DynamoDB's wire format; the DynamoDB data source accepts both.
 */

export type AttributeValue = Record<string, unknown> | null;

export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: null };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      return { N: value };
    case 'boolean':
      return { BOOL: value };
  }
  if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
  if (typeof value === 'object') return { M: toAttributeMap(value as Record<string, unknown>) };
  throw new TypeError(`Cannot convert ${String(value)} to a DynamoDB attribute value`);
}

export function toAttributeMap(values: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) out[key] = toAttributeValue(value);
  }
  return out;
}

const absent = (value: unknown): value is null | undefined => value === null || value === undefined;

/** The S value `toS3Object` writes, compact JSON as AppSync records it. */
function s3ObjectJson(key: string, bucket: string, region: string, version?: string): string {
  const s3: Record<string, string> = { key, bucket, region };
  if (version !== undefined && version !== null) s3.version = version;
  return JSON.stringify({ s3 });
}

function toS3Object(key: string, bucket: string, region: string): DynamoDBStringResult | null;
function toS3Object(key: string, bucket: string, region: string, version: string): DynamoDBStringResult | null;
function toS3Object(key: string, bucket: string, region: string, version?: string): DynamoDBStringResult | null {
  return { S: s3ObjectJson(key, bucket, region, version) };
}

export const dynamodb = {
  toDynamoDB<T>(obj: T): DynamoDBReturnType<T> {
    return (obj === undefined ? null : toAttributeValue(obj)) as DynamoDBReturnType<T>;
  },
  toString: (obj: OptionalInputType<string>): DynamoDBStringResult | null => (absent(obj) ? null : { S: obj }),
  toStringSet: (list: OptionalInputType<string[]>): DynamoDBStringSetResult | null => (absent(list) ? null : { SS: list }),
  toNumber: (num: OptionalInputType<number>) => (absent(num) ? null : ({ N: num } as unknown as DynamoDBNumberResult)),
  toNumberSet: (numbers: OptionalInputType<number[]>) => (absent(numbers) ? null : ({ NS: numbers } as unknown as DynamoDBNumberSetResult)),
  toBinary: (value: OptionalInputType<string>): DynamoDBBinaryResult | null => (absent(value) ? null : { B: value }),
  toBinarySet: (values: OptionalInputType<string[]>): DynamoDBBinarySetResult | null => (absent(values) ? null : { BS: values }),
  toBoolean: (value: OptionalInputType<boolean>): DynamoDBBooleanResult | null => (absent(value) ? null : { BOOL: value }),
  toNull: (): DynamoDBNullResult => ({ NULL: null }),
  toList<T>(value: OptionalInputType<T>): T extends Array<infer L> ? DynamoDBListResult<L> : null {
    return (Array.isArray(value) ? toAttributeValue(value) : null) as T extends Array<infer L> ? DynamoDBListResult<L> : null;
  },
  toMap<T>(value: T): T extends Record<string, unknown> ? DynamoDBMapResult<T> : null {
    type Result = T extends Record<string, unknown> ? DynamoDBMapResult<T> : null;
    return (isMap(value) ? { M: toAttributeMap(value) } : null) as Result;
  },
  toMapValues<T>(value: T): T extends Record<string, unknown> ? { [K in keyof T]: DynamoDBReturnType<T[K]> } : null {
    type Result = T extends Record<string, unknown> ? { [K in keyof T]: DynamoDBReturnType<T[K]> } : null;
    return (isMap(value) ? toAttributeMap(value) : null) as Result;
  },
  toS3Object,
  fromS3ObjectJson(s3ObjectString: string): unknown {
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(s3ObjectString));
    } catch {
      throw new Error(`Unable to parse S3 object JSON: ${s3ObjectString}`);
    }
    const s3 = isMap(parsed) ? parsed.s3 : undefined;
    if (!isMap(s3)) throw new Error(`Not an S3 object: ${s3ObjectString}`);
    return s3;
  },
} satisfies Util['dynamodb'];

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
