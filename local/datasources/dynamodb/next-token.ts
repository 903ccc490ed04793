import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * Opaque pagination tokens. AppSync hands out an encrypted token, never the LastEvaluatedKey
 * (its tokens read `{"version":…,"token":"<ciphertext>"}` once base64-decoded), so clients cannot
 * read or forge a position. Here the key is sealed with AES-256-GCM and bound to the table and
 * index it came from, so a token from another table, index or runtime secret is refused.
 */
export class InvalidPaginationTokenError extends Error {
  constructor(options?: { cause?: unknown }) {
    // AppSync's message for a token it cannot open (aws-amplify/amplify-cli#3411, amplify-js#4880).
    super('com.amazonaws.deepdish.common.pagination.InvalidPaginationTokenException: Invalid pagination token given.', options);
    this.name = 'InvalidPaginationTokenError';
  }
}

const TOKEN_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a token is valid for: a token may only resume the listing it came from. */
export interface TokenScope {
  table: string;
  index?: string;
}

const scopeBytes = (scope: TokenScope) => Buffer.from(JSON.stringify([scope.table, scope.index ?? null]));

const aesKey = (secret: Uint8Array) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'appsync-local nextToken', 32));

export function sealNextToken(secret: Uint8Array, scope: TokenScope, lastEvaluatedKey: Record<string, AttributeValue>): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', aesKey(secret), iv);
  cipher.setAAD(scopeBytes(scope));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(keyToJson(lastEvaluatedKey)), 'utf8'), cipher.final()]);
  const token = Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64');
  return Buffer.from(JSON.stringify({ version: TOKEN_VERSION, token })).toString('base64');
}

export function openNextToken(secret: Uint8Array, scope: TokenScope, nextToken: string): Record<string, AttributeValue> {
  try {
    const envelope = JSON.parse(Buffer.from(nextToken, 'base64').toString('utf8')) as { version?: unknown; token?: unknown };
    if (envelope.version !== TOKEN_VERSION || typeof envelope.token !== 'string') throw new Error('unknown token envelope');
    const bytes = Buffer.from(envelope.token, 'base64');
    if (bytes.length <= IV_BYTES + TAG_BYTES) throw new Error('token too short');
    const decipher = createDecipheriv('aes-256-gcm', aesKey(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(scopeBytes(scope));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return keyFromJson(JSON.parse(plain.toString('utf8')) as Record<string, KeyJson>);
  } catch (cause) {
    throw new InvalidPaginationTokenError({ cause });
  }
}

/** Key attributes are S, N or B; binary travels as base64 inside the sealed payload. */
type KeyJson = { S: string } | { N: string } | { B64: string };

const keyToJson = (key: Record<string, AttributeValue>): Record<string, KeyJson> =>
  Object.fromEntries(
    Object.entries(key).map(([name, value]) => [
      name,
      value.B !== undefined ? { B64: Buffer.from(value.B).toString('base64') } : (value as KeyJson),
    ]),
  );

const keyFromJson = (key: Record<string, KeyJson>): Record<string, AttributeValue> =>
  Object.fromEntries(
    Object.entries(key).map(([name, value]) => [
      name,
      'B64' in value ? { B: new Uint8Array(Buffer.from(value.B64, 'base64')) } : (value as AttributeValue),
    ]),
  );
