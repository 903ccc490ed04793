import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The server side of Cognito's SRP-6a (USER_SRP_AUTH + PASSWORD_VERIFIER), mirroring the client
 * in @aws-amplify/auth (providers/cognito/utils/srp): the 3072-bit group of RFC 5054, g = 2,
 * SHA-256, Java-style two's-complement hex padding, and HKDF "Caldera Derived Key".
 */
const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const g = 2n;

/** Hex of a non-negative integer as Java's BigInteger.toByteArray() would write it. */
export function paddedHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').padStart(64, '0');
const hashOfHex = (hex: string) => sha256Hex(Buffer.from(hex, 'hex'));
const toBigInt = (hex: string) => BigInt(`0x${hex}`);

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

const k = toBigInt(hashOfHex(`${paddedHex(N)}${paddedHex(g)}`));

/** What the pool stores instead of the password: Cognito keeps a salt and verifier per user. */
export interface SrpVerifier {
  salt: bigint;
  verifier: bigint;
}

/** `poolName` is the part of the pool id after `_`; `userId` is USER_ID_FOR_SRP. */
export function createVerifier(poolName: string, userId: string, password: string): SrpVerifier {
  const salt = toBigInt(randomBytes(16).toString('hex'));
  return { salt, verifier: modPow(g, privateKeyX(salt, poolName, userId, password), N) };
}

function privateKeyX(salt: bigint, poolName: string, userId: string, password: string): bigint {
  return toBigInt(hashOfHex(paddedHex(salt) + sha256Hex(`${poolName}${userId}:${password}`)));
}

export interface ServerChallenge {
  b: bigint;
  B: bigint;
}

export function serverChallenge({ verifier }: SrpVerifier): ServerChallenge {
  const b = toBigInt(randomBytes(128).toString('hex'));
  return { b, B: (k * verifier + modPow(g, b, N)) % N };
}

/** A client public value Cognito refuses before going further. */
export const isValidClientValue = (A: bigint) => A > 0n && A % N !== 0n;

/**
 * Whether the client proved knowledge of the password: recomputes the shared key from A and the
 * verifier, then the HMAC over pool name, user id, secret block and timestamp.
 */
export function verifyPasswordClaim(input: {
  poolName: string;
  userId: string;
  A: bigint;
  challenge: ServerChallenge;
  stored: SrpVerifier;
  secretBlock: string;
  timestamp: string;
  signature: string;
}): boolean {
  const { A, challenge, stored } = input;
  const u = toBigInt(hashOfHex(paddedHex(A) + paddedHex(challenge.B)));
  if (u === 0n) return false;
  const S = modPow(A * modPow(stored.verifier, u, N), challenge.b, N);
  const prk = createHmac('sha256', Buffer.from(paddedHex(u), 'hex'))
    .update(Buffer.from(paddedHex(S), 'hex'))
    .digest();
  const key = createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from('Caldera Derived Key'), Buffer.from([1])]))
    .digest()
    .subarray(0, 16);
  const expected = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(input.poolName),
        Buffer.from(input.userId),
        Buffer.from(input.secretBlock, 'base64'),
        Buffer.from(input.timestamp),
      ]),
    )
    .digest();
  const given = Buffer.from(input.signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const srpHex = { paddedHex, toBigInt };
