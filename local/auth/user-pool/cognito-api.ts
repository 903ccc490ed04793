import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../../http/server.ts';
import type { LocalUserPool, TokenSet } from './pool.ts';
import { SrpSignIns } from './srp-sign-in.ts';
import { CognitoError, cognitoErrors } from './errors.ts';
import { adminOperations, type AdminAccess } from './admin-operations.ts';
import type { SignedRequest } from '../iam/sigv4.ts';

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

type Input = Record<string, unknown>;
/** The request itself is for operations that authorize by signature (the Admin ones). */
type Operation = (input: Input, request: SignedRequest) => Promise<unknown> | unknown;

/**
 * The Cognito Identity Provider API of the local pool: AWS JSON 1.1 (`POST /` with
 * `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`), the protocol Amplify JS and the
 * AWS SDKs speak. Amplify v6 posts to its `Auth.Cognito.userPoolEndpoint` as given, so that
 * endpoint is the runtime's origin.
 */
export function cognitoIdentityProviderRoute(pool: LocalUserPool, admin: AdminAccess): Route {
  const operations: Record<string, Operation> = { ...cognitoOperations(pool), ...adminOperations(pool, admin) };
  return async (req: IncomingMessage, body: string, res: ServerResponse) => {
    const target = req.headers['x-amz-target'];
    if (req.method !== 'POST' || typeof target !== 'string' || !target.startsWith(TARGET_PREFIX)) return false;
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/') return false;
    const name = target.slice(TARGET_PREFIX.length);
    try {
      const operation = operations[name];
      if (!operation) throw cognitoErrors.unsupported(name);
      const input = parseInput(body);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
      reply(res, 200, (await operation(input, { method: req.method, url: req.url ?? '/', headers, body })) ?? {});
    } catch (e) {
      const error = e instanceof CognitoError ? e : new CognitoError('InternalErrorException', String((e as Error)?.message ?? e), 500);
      reply(res, error.status, { __type: error.type, message: error.message }, { 'x-amzn-errortype': `${error.type}:` });
    }
    return true;
  };
}

function cognitoOperations(pool: LocalUserPool): Record<string, Operation> {
  const srp = new SrpSignIns(pool);
  return {
    async InitiateAuth({ AuthFlow, AuthParameters, ClientId }) {
      pool.checkClient(ClientId);
      const params = (AuthParameters ?? {}) as Record<string, unknown>;
      switch (AuthFlow) {
        case 'USER_PASSWORD_AUTH': {
          pool.checkFlow(AuthFlow);
          const username = required(params.USERNAME, 'USERNAME');
          return authenticated(await pool.passwordSignIn(username, required(params.PASSWORD, 'PASSWORD')));
        }
        case 'USER_SRP_AUTH':
          pool.checkFlow(AuthFlow);
          return srp.start(params.USERNAME, params.SRP_A);
        case 'REFRESH_TOKEN_AUTH':
        case 'REFRESH_TOKEN':
          return authenticated(await pool.refresh(params.REFRESH_TOKEN));
        default:
          throw AuthFlow === undefined
            ? cognitoErrors.missingParameter('AuthFlow')
            : cognitoErrors.invalidParameter(`${String(AuthFlow)} flow is not supported by the local user pool.`);
      }
    },
    async RespondToAuthChallenge({ ChallengeName, ChallengeResponses, ClientId }) {
      pool.checkClient(ClientId);
      if (ChallengeName !== 'PASSWORD_VERIFIER') {
        throw cognitoErrors.invalidParameter(`${String(ChallengeName)} challenge is not supported by the local user pool.`);
      }
      return authenticated(await srp.finish(ChallengeResponses as Record<string, unknown> | undefined));
    },
    async GetTokensFromRefreshToken({ RefreshToken, ClientId }) {
      pool.checkClient(ClientId);
      return authenticated(await pool.refresh(RefreshToken));
    },
    async GetUser({ AccessToken }) {
      const { user } = await pool.userOfAccessToken(AccessToken);
      const attributes = { sub: user.sub, email_verified: 'true', email: user.email };
      return { Username: user.username, UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) };
    },
    async GlobalSignOut({ AccessToken }) {
      await pool.globalSignOut(AccessToken);
      return {};
    },
    RevokeToken({ Token, ClientId }) {
      pool.checkClient(ClientId);
      pool.revokeRefreshToken(Token);
      return {};
    },
    SignUp({ ClientId, Username, Password }) {
      pool.checkClient(ClientId);
      const { user, destination } = pool.signUp({ username: required(Username, 'Username'), password: required(Password, 'Password') });
      return {
        UserConfirmed: user.confirmed,
        UserSub: user.sub,
        ...(destination ? { CodeDeliveryDetails: emailDelivery(destination) } : {}),
      };
    },
    /** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResendConfirmationCode.html */
    ResendConfirmationCode({ ClientId, Username }) {
      pool.checkClient(ClientId);
      return { CodeDeliveryDetails: emailDelivery(pool.resendConfirmationCode(required(Username, 'Username')).destination) };
    },
    ConfirmSignUp({ ClientId, Username, ConfirmationCode }) {
      pool.checkClient(ClientId);
      pool.confirmSignUp(required(Username, 'Username'), required(ConfirmationCode, 'ConfirmationCode'));
      return {};
    },
  };
}

const emailDelivery = (destination: string) => ({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: destination });

function authenticated(tokens: TokenSet) {
  return {
    AuthenticationResult: {
      AccessToken: tokens.accessToken,
      ExpiresIn: tokens.expiresIn,
      IdToken: tokens.idToken,
      ...(tokens.refreshToken ? { RefreshToken: tokens.refreshToken } : {}),
      TokenType: 'Bearer',
    },
    ChallengeParameters: {},
  };
}

function required(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw cognitoErrors.missingParameter(name);
  return value;
}

function parseInput(body: string): Input {
  try {
    const parsed: unknown = JSON.parse(body || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Input;
  } catch {
    // Answered below as AWS answers a body it cannot read.
  }
  throw new CognitoError('SerializationException', 'Start of structure or map found where not expected.');
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
