import { createHash, randomBytes } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { createLocalJWKSet } from 'jose';
import { amplifyOutputsAuth } from '../../model/amplify-outputs.ts';
import {
  DEFAULT_AUTHORIZATION,
  userPoolOf,
  type ApiDeclaration,
  type AuthorizationDeclaration,
  type UserPoolAction,
} from '../../model/declaration.ts';
import type { FieldAuthorizer } from '../graphql/executor.ts';
import type { Route } from '../http/server.ts';
import type { ApiKey } from './api-key.ts';
import { apiAuthenticator } from './authenticator.ts';
import { fieldAuthorizer } from './field-access.ts';
import { policyOf, type ApiArnParts } from './iam/policy.ts';
import { LocalIam } from './iam/principals.ts';
import type { Authenticator } from '../http/authentication.ts';
import { cognitoIdentityProviderRoute } from './user-pool/cognito-api.ts';
import { userPoolDiscoveryRoute } from './user-pool/discovery.ts';
import { LocalUserPool, type LocalUserPoolOptions } from './user-pool/pool.ts';
import { loadOrCreateSigningKey } from './user-pool/signing-key.ts';
import type { UserSpec } from './user-pool/users.ts';
import type { TokenUse } from './user-pool/authenticator.ts';

export interface LocalAuthOptions {
  api: ApiDeclaration;
  region: string;
  /** Holds the user pool's signing key across restarts (git-ignored `.videoshops/` by default). */
  stateDir: string;
  apiKey?: string;
  /** The pool's users. */
  users: readonly UserSpec[];
  userPool?: Pick<LocalUserPoolOptions, 'autoConfirmSignUp' | 'deliverCode' | 'tokenLifetime'>;
  /** Narrows the user pool tokens AppSync accepts (both ID and access tokens by default). */
  acceptedTokenUse?: TokenUse[];
}

export interface LocalAuth {
  authorization: AuthorizationDeclaration;
  apiKey: ApiKey;
  userPool: LocalUserPool;
  iam: LocalIam;
  /** The pool's Cognito Identity Provider API and issuer documents, served beside the GraphQL endpoints. */
  routes: Route[];
  authenticatorFor(sourceApi: string): Authenticator;
  fieldAuthorizer(schema: GraphQLSchema): FieldAuthorizer;
  /** The ARN parts of a source API, for IAM grants. */
  apiArnParts(sourceApi: string): ApiArnParts;
  /** Called once the runtime listens: the pool's issuer is an URL of the runtime. */
  bindOrigin(origin: string): void;
  /** The `auth` section of amplify_outputs.json for the local pool. */
  amplifyOutputsAuth(): Record<string, unknown>;
}

/** API keys the runtime issues live a year; AppSync allows 1 to 365 days. */
const API_KEY_LIFETIME_S = 365 * 86400;

/** Everything that authorizes requests to a locally served API, configured from its declaration. */
export async function createLocalAuth(options: LocalAuthOptions): Promise<LocalAuth> {
  const authorization = options.api.authorization ?? DEFAULT_AUTHORIZATION;
  const { id, clientId } = LocalUserPool.idsFor(options.api.name, options.region);
  const declaration = userPoolOf(options.api);
  const userPool = new LocalUserPool({
    id,
    clientId,
    key: await loadOrCreateSigningKey(options.stateDir),
    declaration,
    ...options.userPool,
  });
  userPool.addUsers(options.users);
  const iam = new LocalIam(options.region);
  for (const grant of authorization.iamGrants ?? []) iam.principal(grant.principal);
  const apiKey: ApiKey = {
    id: options.apiKey ?? `da2-${randomBytes(13).toString('hex')}`,
    expires: Date.now() / 1000 + API_KEY_LIFETIME_S,
  };
  const userPoolVerification = {
    issuer: () => userPool.issuer,
    keys: createLocalJWKSet(userPool.jwks),
    appIdClientRegex: userPool.clientId,
    acceptedTokenUse: options.acceptedTokenUse,
  };
  const apiArnParts = (sourceApi: string): ApiArnParts => ({
    region: options.region,
    accountId: iam.accountId,
    apiId: createHash('sha256').update(`${options.api.name}/${sourceApi}`).digest('hex').slice(0, 26),
  });

  return {
    authorization,
    apiKey,
    userPool,
    iam,
    routes: [
      cognitoIdentityProviderRoute(userPool, {
        iam,
        poolArn: `arn:aws:cognito-idp:${options.region}:${iam.accountId}:userpool/${userPool.id}`,
        allows: (principal, action) =>
          (options.api.lambdaFunctions ?? []).some((fn) => fn.name === principal && fn.userPoolActions?.includes(action as UserPoolAction)),
      }),
      userPoolDiscoveryRoute(userPool),
    ],
    authenticatorFor(sourceApi) {
      const api = apiArnParts(sourceApi);
      return apiAuthenticator({
        authorization,
        apiKeys: [apiKey],
        userPool: userPoolVerification,
        iam: { iam, api, policyOf: (principal) => policyOf(authorization.iamGrants, principal, api) },
      });
    },
    fieldAuthorizer: (schema) => fieldAuthorizer(schema, authorization),
    apiArnParts,
    bindOrigin: (origin) => userPool.bindOrigin(origin),
    amplifyOutputsAuth: () =>
      amplifyOutputsAuth(declaration, { region: userPool.region, userPoolId: userPool.id, userPoolClientId: userPool.clientId }),
  };
}
