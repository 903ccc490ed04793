import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { denials } from '../denials.ts';

type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytes = (data: SourceData) =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** Node's SHA-256 in the shape the Smithy signer takes (an HMAC when given a secret). */
export class Sha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

export interface SignedRequest {
  method: string;
  /** The request target as received: path and query string. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface SigningSecret {
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * "In most cases, a request must reach AWS within five minutes of the time stamp in the request.
 * Otherwise, AWS denies the request." (IAM User Guide, "AWS Signature Version 4 for API requests").
 */
export const ALLOWED_SKEW_MS = 5 * 60_000;

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256\s+Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})\s*$/;

/**
 * Verifies an AWS Signature Version 4 (header form) the way AWS does: the credential scope names
 * the service, the key is known and its session token matches, the signing time is within the
 * allowed skew, and the signature recomputed over the signed headers and the body is the one given.
 * Returns the access key id that signed.
 */
export async function verifySigV4(
  request: SignedRequest,
  secretOf: (accessKeyId: string) => SigningSecret | undefined,
  { service, now = new Date() }: { service: string; now?: Date },
): Promise<{ accessKeyId: string; region: string }> {
  const match = AUTHORIZATION.exec(request.headers.authorization ?? '');
  if (!match) throw denials.incompleteSignature(`Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.`);
  const [, accessKeyId, scopeDate, region, scopeService, signedHeaderList, signature] = match as unknown as string[];
  const signedHeaders = signedHeaderList!.split(';');
  if (scopeService !== service) throw denials.wrongService(service);
  const amzDate = request.headers['x-amz-date'];
  if (!amzDate || !signedHeaders.includes('x-amz-date') || !signedHeaders.includes('host')) {
    throw denials.incompleteSignature('Authorization header requires the host and x-amz-date headers to be signed.');
  }
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate || !amzDate.startsWith(scopeDate!)) throw denials.signatureMismatch();

  const secret = secretOf(accessKeyId!);
  if (!secret) throw denials.unknownAccessKey();
  const token = request.headers['x-amz-security-token'];
  if ((secret.sessionToken ?? undefined) !== token) throw denials.unknownAccessKey();

  if (signingDate.getTime() < now.getTime() - ALLOWED_SKEW_MS) {
    throw denials.signatureExpired(
      amzDate,
      formatAmzDate(new Date(now.getTime() - ALLOWED_SKEW_MS)),
      formatAmzDate(now),
      ALLOWED_SKEW_MS / 60_000,
    );
  }
  if (signingDate.getTime() > now.getTime() + ALLOWED_SKEW_MS) throw denials.signatureMismatch();

  const contentHash = request.headers['x-amz-content-sha256'];
  if (contentHash !== undefined && contentHash !== createHash('sha256').update(request.body).digest('hex')) {
    throw denials.signatureMismatch();
  }

  const url = new URL(request.url, 'http://localhost');
  const headers = Object.fromEntries(signedHeaders.map((name) => [name, request.headers[name] ?? '']));
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: accessKeyId!,
      secretAccessKey: secret.secretAccessKey,
      sessionToken: signedHeaders.includes('x-amz-security-token') ? token : undefined,
    },
    region: region!,
    service,
    sha256: Sha256,
    // The header set to sign is the client's: the signer must neither add a checksum header nor drop one it deems unsignable.
    applyChecksum: false,
  });
  const recomputed = await signer.sign(
    {
      method: request.method,
      protocol: 'https:',
      hostname: headers.host ?? '',
      path: decodeURIComponent(url.pathname),
      query: queryOf(url),
      headers,
      body: request.body,
    },
    { signingDate, signableHeaders: new Set(signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(recomputed.headers.authorization))?.[1] ?? '';
  const expectedList = /SignedHeaders=([^,]+)/.exec(String(recomputed.headers.authorization))?.[1];
  const same = expected.length === signature!.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature!));
  if (expectedList !== signedHeaderList || !same) throw denials.signatureMismatch();
  return { accessKeyId: accessKeyId!, region: region! };
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined;
}

const formatAmzDate = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
