import type { AuthorizationMode, UserPoolDeclaration } from './declaration.ts';

/**
 * A front end's `amplify_outputs.json` (Amplify Gen 2 client configuration, schema 1.4), so an
 * Amplify JS v6 front end configured from this file alone talks to the API: the local runtime's
 * (`npm start`) and a deployed stage's (`npm run outputs`) are built here, so both have one shape.
 */
export interface AmplifyOutputsInput {
  url: string;
  region: string;
  apiKey: string;
  defaultAuthorizationType: AuthorizationMode;
  authorizationTypes: AuthorizationMode[];
  /** The `auth` section (amplifyOutputsAuth), when the API has a user pool. */
  auth?: Record<string, unknown>;
  /**
   * Local-only endpoints, under `custom.local` (Amplify's outputs reserve `custom` for what is not its own):
   * the user pool's is what a front end sets as `Auth.Cognito.userPoolEndpoint`, a field the format lacks.
   */
  local?: { stepFunctionsEndpoint?: string; userPoolEndpoint?: string };
}

export function amplifyOutputs(input: AmplifyOutputsInput) {
  return {
    $schema:
      'https://raw.githubusercontent.com/aws-amplify/amplify-backend/main/packages/client-config/src/client-config-schema/schema_v1.4.json',
    version: '1.4',
    ...(input.auth ? { auth: input.auth } : {}),
    data: {
      url: input.url,
      aws_region: input.region,
      api_key: input.apiKey,
      default_authorization_type: input.defaultAuthorizationType,
      authorization_types: input.authorizationTypes.filter((t) => t !== input.defaultAuthorizationType),
    },
    ...(input.local ? { custom: { local: input.local } } : {}),
  };
}

export type AmplifyOutputs = ReturnType<typeof amplifyOutputs>;

/** The `auth` section for a user pool as declared, deployed or local: its ids, and what the declaration says of it. */
export function amplifyOutputsAuth(
  declaration: UserPoolDeclaration,
  pool: { region: string; userPoolId: string; userPoolClientId: string },
): Record<string, unknown> {
  return {
    aws_region: pool.region,
    user_pool_id: pool.userPoolId,
    user_pool_client_id: pool.userPoolClientId,
    username_attributes: declaration.usernameAttributes,
    standard_required_attributes: ['email'],
    user_verification_types: ['email'],
    groups: declaration.groups.map(({ name }, precedence) => ({ [name]: { precedence } })),
    password_policy: {
      min_length: declaration.passwordPolicy.minLength,
      require_lowercase: declaration.passwordPolicy.requireLowercase,
      require_numbers: declaration.passwordPolicy.requireDigits,
      require_symbols: declaration.passwordPolicy.requireSymbols,
      require_uppercase: declaration.passwordPolicy.requireUppercase,
    },
    mfa_configuration: { OFF: 'NONE', OPTIONAL: 'OPTIONAL' }[declaration.mfa],
    ...(declaration.mfa === 'OFF' ? {} : { mfa_methods: ['TOTP'] }),
    unauthenticated_identities_enabled: false,
  };
}
