import { randomBytes } from 'node:crypto';
import type { LocalUserPool, SignInStep } from './pool.ts';
import { cognitoErrors } from './errors.ts';
import {
  createVerifier,
  isValidClientValue,
  serverChallenge,
  srpHex,
  verifyPasswordClaim,
  type ServerChallenge,
  type SrpVerifier,
} from './srp.ts';

interface PendingChallenge {
  username: string;
  A: bigint;
  challenge: ServerChallenge;
  stored: SrpVerifier;
  expires: number;
}

/** Cognito lets a PASSWORD_VERIFIER challenge be answered for a few minutes. */
const CHALLENGE_LIFETIME_MS = 3 * 60_000;

/**
 * USER_SRP_AUTH, Amplify's default sign-in flow: InitiateAuth answers a PASSWORD_VERIFIER
 * challenge, RespondToAuthChallenge checks the client's proof and opens a session.
 */
export class SrpSignIns {
  private readonly pending = new Map<string, PendingChallenge>();

  constructor(private readonly pool: LocalUserPool) {}

  start(username: unknown, srpA: unknown): { ChallengeName: 'PASSWORD_VERIFIER'; ChallengeParameters: Record<string, string> } {
    if (typeof username !== 'string' || !username) throw cognitoErrors.missingParameter('USERNAME');
    if (typeof srpA !== 'string' || !/^[0-9a-fA-F]+$/.test(srpA)) throw cognitoErrors.missingParameter('SRP_A');
    const A = srpHex.toBigInt(srpA);
    if (!isValidClientValue(A)) throw cognitoErrors.invalidParameter('SRP_A cannot be zero or a multiple of N.');
    const user = this.pool.signInUser(username);
    // The verifier is what a real pool stores; computing it here keeps the local pool free of SRP state per user.
    const stored = createVerifier(this.pool.name, user.username, user.password);
    const challenge = serverChallenge(stored);
    const secretBlock = randomBytes(64).toString('base64');
    this.sweep();
    this.pending.set(secretBlock, { username: user.username, A, challenge, stored, expires: Date.now() + CHALLENGE_LIFETIME_MS });
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        SALT: stored.salt.toString(16),
        SECRET_BLOCK: secretBlock,
        SRP_B: challenge.B.toString(16),
        USERNAME: user.username,
        USER_ID_FOR_SRP: user.username,
      },
    };
  }

  async finish(responses: Record<string, unknown> | undefined): Promise<SignInStep> {
    const secretBlock = responses?.PASSWORD_CLAIM_SECRET_BLOCK;
    const signature = responses?.PASSWORD_CLAIM_SIGNATURE;
    const timestamp = responses?.TIMESTAMP;
    if (typeof secretBlock !== 'string') throw cognitoErrors.missingParameter('PASSWORD_CLAIM_SECRET_BLOCK');
    if (typeof signature !== 'string') throw cognitoErrors.missingParameter('PASSWORD_CLAIM_SIGNATURE');
    if (typeof timestamp !== 'string') throw cognitoErrors.missingParameter('TIMESTAMP');
    const pending = this.pending.get(secretBlock);
    this.pending.delete(secretBlock);
    if (!pending || pending.expires < Date.now()) throw cognitoErrors.wrongCredentials();
    const proven = verifyPasswordClaim({
      poolName: this.pool.name,
      userId: pending.username,
      A: pending.A,
      challenge: pending.challenge,
      stored: pending.stored,
      secretBlock,
      timestamp,
      signature,
    });
    const user = this.pool.user(pending.username);
    if (!proven || !user) throw cognitoErrors.wrongCredentials();
    return this.pool.passwordProven(user);
  }

  private sweep() {
    const now = Date.now();
    for (const [block, p] of this.pending) if (p.expires < now) this.pending.delete(block);
  }
}
