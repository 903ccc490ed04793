import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { errors as joseErrors, jwtVerify, createLocalJWKSet, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { SigningKey } from './signing-key.ts';
import { signTokens, type SignedTokens } from './tokens.ts';
import { stableSub, type UserSpec } from './users.ts';
import { cognitoErrors } from './errors.ts';
import { checkPasswordPolicy } from './password-policy.ts';
import { newTotpSecret, totpMatches } from './totp.ts';
import { secondFactorRefusal, type AuthFlow, type UserPoolDeclaration } from '../../../model/declaration.ts';

/**
 * A user of an e-mail-as-username pool: they sign in with `email`, and Cognito's username is a
 * UUID equal to their `sub` (what `cognito:username` carries; moto's getmoto/moto#4249 describes
 * the same from AWS: GetUser and ListUsers answer the `sub` as Username).
 */
export interface LocalUser {
  username: string;
  sub: string;
  password: string;
  email: string;
  groups: string[];
  confirmed: boolean;
  confirmationCode?: string;
  /** The authenticator app's secret once VerifySoftwareToken accepted a code from it. */
  totpSecret?: string;
  /** Associated (AssociateSoftwareToken) but not verified yet. */
  pendingTotpSecret?: string;
  /** SetUserMFAPreference turned TOTP on: every sign-in asks for a code. */
  totpEnabled: boolean;
  totpPreferred: boolean;
}

/** Where a sign-in stands once the password is proven: signed in, or asked for the authenticator's code. */
export type SignInStep = { tokens: TokenSet } | { challenge: 'SOFTWARE_TOKEN_MFA'; session: string };

interface MfaSession {
  username: string;
  expires: number;
}

/** Cognito keeps a sign-in's session for its challenges three minutes by default (an app client's AuthSessionValidity). */
const MFA_SESSION_LIFETIME_MS = 3 * 60_000;

interface Session {
  username: string;
  clientId: string;
  originJti: string;
  authTime: number;
}

export interface LocalUserPoolOptions {
  /** `<region>_<name>`, the form Amplify derives the region from. */
  id: string;
  clientId: string;
  key: SigningKey;
  /** The declared pool: password policy, app client flows, user existence errors. */
  declaration: UserPoolDeclaration;
  autoConfirmSignUp?: boolean;
  /** Where a confirmation code goes (Cognito would e-mail it); default: printed on stdout. */
  deliverCode?: (delivery: CodeDelivery) => void;
  /** Seconds an ID or access token lives (Cognito's default: one hour). */
  tokenLifetime?: number;
}

export interface CodeDelivery {
  email: string;
  code: string;
}

export interface TokenSet extends SignedTokens {
  refreshToken?: string;
}

/**
 * A Cognito user pool on this machine: users with passwords and groups, sign-in sessions, and
 * Cognito-shaped tokens signed with the pool's key. Its issuer is an URL of the runtime that
 * serves its JWKS, so tokens verify exactly as a real pool's would.
 */
export class LocalUserPool {
  readonly id: string;
  readonly clientId: string;
  readonly region: string;
  /** What SRP calls the pool name: the id after `_`. */
  readonly name: string;
  private origin = 'http://127.0.0.1:4000';
  private readonly users = new Map<string, LocalUser>();
  private readonly sessions = new Map<string, Session>();
  private readonly mfaSessions = new Map<string, MfaSession>();
  private readonly revokedOrigins = new Set<string>();
  private readonly options: Required<Omit<LocalUserPoolOptions, 'deliverCode'>> & Pick<LocalUserPoolOptions, 'deliverCode'>;
  private readonly keySet: ReturnType<typeof createLocalJWKSet>;

  constructor(options: LocalUserPoolOptions) {
    const [region, name] = options.id.split('_');
    if (!region || !name) throw new Error(`A user pool id has the form <region>_<id>, not '${options.id}'.`);
    this.id = options.id;
    this.clientId = options.clientId;
    this.region = region;
    this.name = name;
    this.options = { autoConfirmSignUp: false, tokenLifetime: 3600, ...options };
    this.keySet = createLocalJWKSet(this.jwks);
  }

  /** The pool's id and app client id for an API: the same on every start, so client configuration stays valid. */
  static idsFor(apiName: string, region: string): { id: string; clientId: string } {
    const pick = (purpose: string, alphabet: string, length: number) =>
      [...createHash('sha256').update(`videoshops-local-user-pool/${apiName}/${purpose}`).digest().subarray(0, length)]
        .map((b) => alphabet[b % alphabet.length])
        .join('');
    // Cognito's shapes: a 9-character pool name, a 26-character lowercase client id.
    const id = pick('pool', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 9);
    return { id: `${region}_${id}`, clientId: pick('client', 'abcdefghijklmnopqrstuvwxyz0123456789', 26) };
  }

  /** Where the runtime serves the pool: tokens name `<origin>/<pool id>` as issuer. */
  bindOrigin(origin: string): void {
    this.origin = origin.replace(/\/$/, '');
  }

  get issuer(): string {
    return `${this.origin}/${this.id}`;
  }

  get jwks(): JSONWebKeySet {
    return { keys: [this.options.key.publicJwk] };
  }

  get declaration(): UserPoolDeclaration {
    return this.options.declaration;
  }

  /** Adds users, or updates the password and groups of existing ones (seeds extend the demo users with this). */
  addUsers(specs: readonly UserSpec[]): void {
    for (const spec of specs) {
      const existing = this.user(spec.email);
      if (existing) this.users.delete(existing.username);
      const sub = spec.sub ?? existing?.sub ?? stableSub(this.id, spec.email);
      const totpSecret = spec.totpSecret ?? existing?.totpSecret;
      this.users.set(sub, {
        username: sub,
        sub,
        password: spec.password,
        email: spec.email,
        groups: [...(spec.groups ?? existing?.groups ?? [])],
        confirmed: true,
        totpSecret,
        totpEnabled: totpSecret !== undefined,
        totpPreferred: totpSecret !== undefined,
      });
    }
  }

  private addTokenUser(email: string, groups: string[]): LocalUser {
    // A password nobody knows: such a user has tokens only from here, never from a sign-in.
    this.addUsers([{ email, password: randomBytes(24).toString('base64url'), groups }]);
    return this.user(email)!;
  }

  /** A user by what Cognito accepts as `USERNAME` in an e-mail-as-username pool: the e-mail, or the username (the `sub`). */
  user(emailOrUsername: string): LocalUser | undefined {
    return this.users.get(emailOrUsername) ?? [...this.users.values()].find((u) => u.email === emailOrUsername);
  }

  listUsers(): LocalUser[] {
    return [...this.users.values()];
  }

  checkClient(clientId: unknown): void {
    if (typeof clientId !== 'string' || !clientId) throw cognitoErrors.missingParameter('ClientId');
    if (clientId !== this.clientId) throw cognitoErrors.unknownClient(clientId);
  }

  /** Refuses a sign-in flow the declared app client does not enable, as Cognito does before looking at the user. */
  checkFlow(flow: AuthFlow): void {
    if (!this.declaration.appClient.authFlows.includes(flow)) throw cognitoErrors.flowNotEnabled(flow);
  }

  private get hidesUsers(): boolean {
    return this.declaration.appClient.preventUserExistenceErrors;
  }

  /** The user a sign-in names, or the error Cognito gives for an unknown or unconfirmed one. */
  signInUser(username: string): LocalUser {
    const user = this.user(username);
    if (!user) throw this.hidesUsers ? cognitoErrors.wrongCredentials() : cognitoErrors.userNotFound();
    return user;
  }

  async passwordSignIn(username: string, password: string): Promise<SignInStep> {
    const user = this.signInUser(username);
    if (user.password !== password) throw cognitoErrors.wrongCredentials();
    return this.passwordProven(user);
  }

  /**
   * The next step once the user proved their password, however they did: a user with TOTP on is
   * asked for a code (SOFTWARE_TOKEN_MFA, with a session to answer it in), anyone else signed in.
   */
  async passwordProven(user: LocalUser): Promise<SignInStep> {
    if (!user.confirmed) throw cognitoErrors.userNotConfirmed();
    if (this.declaration.mfa === 'OFF' || !user.totpEnabled) return { tokens: await this.startSession(user) };
    const session = randomBytes(96).toString('base64');
    this.mfaSessions.set(session, { username: user.username, expires: Date.now() + MFA_SESSION_LIFETIME_MS });
    return { challenge: 'SOFTWARE_TOKEN_MFA', session };
  }

  /** RespondToAuthChallenge with SOFTWARE_TOKEN_MFA: the code of the authenticator the user set up, in the sign-in's session. */
  async answerSoftwareTokenChallenge(session: unknown, code: unknown): Promise<TokenSet> {
    const user = this.userOfMfaSession(session);
    if (!totpMatches(user.totpSecret!, code)) throw cognitoErrors.mfaCodeMismatch();
    this.mfaSessions.delete(session as string);
    return this.startSession(user);
  }

  private userOfMfaSession(session: unknown): LocalUser {
    if (typeof session !== 'string' || !session) throw cognitoErrors.missingParameter('Session');
    const pending = this.mfaSessions.get(session);
    const user = pending && this.users.get(pending.username);
    if (!pending || pending.expires < Date.now() || !user) {
      this.mfaSessions.delete(session);
      throw cognitoErrors.expiredSession();
    }
    return user;
  }

  /** Opens a sign-in session once the user proved who they are. */
  private async startSession(user: LocalUser): Promise<TokenSet> {
    this.checkSecondFactor(user);
    const session: Session = { username: user.username, clientId: this.clientId, originJti: randomUUID(), authTime: nowSeconds() };
    const refreshToken = randomBytes(96).toString('base64url');
    this.sessions.set(refreshToken, session);
    return { ...(await this.sign(user, session)), refreshToken };
  }

  async refresh(refreshToken: unknown): Promise<TokenSet> {
    if (typeof refreshToken !== 'string' || !refreshToken) throw cognitoErrors.missingParameter('REFRESH_TOKEN');
    const session = this.sessions.get(refreshToken);
    const user = session && this.users.get(session.username);
    if (!session || !user || this.revokedOrigins.has(session.originJti)) throw cognitoErrors.invalidRefreshToken();
    this.checkSecondFactor(user);
    return this.sign(user, session);
  }

  /**
   * The declaration's `secondFactorRequiredOf`: a member of those groups gets no tokens without
   * TOTP on, on sign-in and refresh alike, as the deployed pool's pre token generation trigger
   * (lambdas/require-second-factor.ts) refuses them.
   */
  private checkSecondFactor(user: LocalUser): void {
    const refusal = secondFactorRefusal(this.declaration.secondFactorRequiredOf, user.groups, user.totpEnabled);
    if (refusal) throw cognitoErrors.preTokenGenerationFailed(refusal);
  }

  /** AssociateSoftwareToken: a new secret for the user's authenticator app, unverified until VerifySoftwareToken. */
  async associateSoftwareToken(accessToken: unknown): Promise<string> {
    const { user } = await this.userOfAccessToken(accessToken);
    this.requireMfa();
    user.pendingTotpSecret = newTotpSecret();
    return user.pendingTotpSecret;
  }

  /** VerifySoftwareToken: a code from the associated secret makes it the user's; TOTP is on once SetUserMFAPreference says so. */
  async verifySoftwareToken(accessToken: unknown, code: unknown): Promise<void> {
    const { user } = await this.userOfAccessToken(accessToken);
    this.requireMfa();
    if (typeof code !== 'string' || !code) throw cognitoErrors.missingParameter('UserCode');
    if (!user.pendingTotpSecret) throw cognitoErrors.softwareTokenNotAssociated();
    if (!totpMatches(user.pendingTotpSecret, code)) throw cognitoErrors.softwareTokenCodeMismatch();
    user.totpSecret = user.pendingTotpSecret;
    user.pendingTotpSecret = undefined;
  }

  /** SetUserMFAPreference for the software token; SMS is not offered by this pool. */
  async setMfaPreference(accessToken: unknown, settings: { Enabled?: unknown; PreferredMfa?: unknown } | undefined): Promise<void> {
    const { user } = await this.userOfAccessToken(accessToken);
    if (!settings) return;
    const enabled = settings.Enabled === true || settings.PreferredMfa === true;
    if (enabled && !user.totpSecret) throw cognitoErrors.noSoftwareTokenConfigured();
    user.totpEnabled = enabled;
    user.totpPreferred = enabled && settings.PreferredMfa === true;
  }

  private requireMfa(): void {
    if (this.declaration.mfa === 'OFF') throw cognitoErrors.softwareTokenMfaNotEnabled();
  }

  /**
   * Tokens for any user, new or known, without a password: `npm run token` and tests. A known user
   * by e-mail or username, or, as a local convenience, by the part of their e-mail before the `@`
   * (`cora.creator`); anything else is a new user with that e-mail, added to the pool (with a
   * password nobody knows) so that what reads the pool (AdminListGroupsForUser) knows the user its token names.
   */
  async tokensFor(who: string, options: { groups?: string[]; lifetime?: number; now?: number } = {}): Promise<TokenSet> {
    const known = this.user(who) ?? [...this.users.values()].find((u) => u.email.split('@')[0] === who);
    const user = known ?? this.addTokenUser(who, options.groups ?? []);
    const session: Session = {
      username: user.username,
      clientId: this.clientId,
      originJti: randomUUID(),
      authTime: options.now ?? nowSeconds(),
    };
    return this.sign({ ...user, groups: options.groups ?? user.groups }, session, options);
  }

  /** The user an access token belongs to, checked as Cognito checks tokens given to its own API. */
  async userOfAccessToken(accessToken: unknown): Promise<{ user: LocalUser; claims: JWTPayload }> {
    if (typeof accessToken !== 'string' || !accessToken) throw cognitoErrors.missingParameter('AccessToken');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(accessToken, this.keySet, { issuer: this.issuer, algorithms: ['RS256'] }));
    } catch (e) {
      throw e instanceof joseErrors.JWTExpired ? cognitoErrors.expiredAccessToken() : cognitoErrors.invalidAccessToken();
    }
    if (claims.token_use !== 'access') throw cognitoErrors.invalidAccessToken();
    if (this.revokedOrigins.has(String(claims.origin_jti))) throw cognitoErrors.revokedAccessToken();
    const user = this.users.get(String(claims.username));
    if (!user) throw cognitoErrors.userNotFound();
    return { user, claims };
  }

  /**
   * Ends every session of the token's user. Like Cognito, this refuses the refresh tokens and the
   * access tokens at Cognito's own API; AppSync keeps accepting unexpired tokens, since it only
   * verifies signatures and expiry (aws/aws-appsync-community#68).
   */
  async globalSignOut(accessToken: unknown): Promise<void> {
    const { user } = await this.userOfAccessToken(accessToken);
    for (const session of this.sessions.values()) if (session.username === user.username) this.revokedOrigins.add(session.originJti);
  }

  revokeRefreshToken(refreshToken: unknown): void {
    if (typeof refreshToken !== 'string' || !refreshToken) throw cognitoErrors.missingParameter('Token');
    const session = this.sessions.get(refreshToken);
    if (session) this.revokedOrigins.add(session.originJti);
  }

  /**
   * A self sign-up. The `Username` is the e-mail: Cognito refuses anything else, makes the e-mail
   * the user's `email` attribute, and gives them a UUID username, their `sub`.
   */
  signUp(input: { username: string; password: string }): { user: LocalUser; destination?: string } {
    if (!this.declaration.selfSignUp) throw cognitoErrors.signUpNotPermitted();
    if (!/^[^@\s]+@[^@\s]+$/.test(input.username)) throw cognitoErrors.usernameNotEmail();
    if (this.user(input.username)) throw cognitoErrors.emailExists();
    checkPasswordPolicy(input.password, this.declaration.passwordPolicy);
    const sub = stableSub(this.id, input.username);
    const user: LocalUser = {
      username: sub,
      sub,
      password: input.password,
      email: input.username,
      groups: [],
      confirmed: false,
      totpEnabled: false,
      totpPreferred: false,
    };
    this.users.set(user.username, user);
    if (this.options.autoConfirmSignUp) {
      user.confirmed = true;
      return { user };
    }
    return { user, destination: this.sendConfirmationCode(user) };
  }

  confirmSignUp(username: string, code: string): void {
    const user = this.user(username);
    if (!user) throw cognitoErrors.userNotFound();
    if (user.confirmed) throw cognitoErrors.alreadyConfirmed();
    if (code !== user.confirmationCode) throw cognitoErrors.codeMismatch();
    user.confirmed = true;
    user.confirmationCode = undefined;
  }

  /**
   * A new code for an unconfirmed user; the previous one stops working. For an unknown user, an app
   * client that hides which users exist answers as if a code went out (Cognito's "simulated
   * delivery medium", cognito-user-pool-managing-errors.html); otherwise UserNotFoundException.
   */
  resendConfirmationCode(username: string): { destination: string } {
    const user = this.user(username);
    if (!user) {
      if (this.hidesUsers && username.includes('@')) return { destination: maskEmail(username) };
      throw cognitoErrors.unknownUserOfClient();
    }
    if (user.confirmed) throw cognitoErrors.alreadyConfirmedResend();
    return { destination: this.sendConfirmationCode(user) };
  }

  /** The last code sent to an unconfirmed user, by e-mail or username: what tests read instead of an inbox. */
  pendingConfirmationCode(username: string): string | undefined {
    return this.user(username)?.confirmationCode;
  }

  private sendConfirmationCode(user: LocalUser): string {
    user.confirmationCode = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const deliver = this.options.deliverCode ?? ((d) => console.log(`[local user pool] confirmation code for ${d.email}: ${d.code}`));
    deliver({ email: user.email, code: user.confirmationCode });
    return maskEmail(user.email);
  }

  private sign(user: LocalUser, session: Session, options: { lifetime?: number; now?: number } = {}): Promise<SignedTokens> {
    return signTokens(
      this.options.key,
      { sub: user.sub, username: user.username, groups: user.groups, email: user.email },
      {
        issuer: this.issuer,
        clientId: session.clientId,
        originJti: session.originJti,
        authTime: session.authTime,
        lifetime: options.lifetime ?? this.options.tokenLifetime,
        now: options.now,
      },
    );
  }
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function maskEmail(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return domain ? `${local[0] ?? ''}***@${domain[0] ?? ''}***` : `${address[0] ?? ''}***`;
}
