import { writeFileSync } from 'node:fs';
import type { AuthMode } from './appsync-js/scope.ts';

export interface AmplifyOutputsInput {
  url: string;
  region: string;
  apiKey: string;
  defaultAuthorizationType: AuthMode;
  authorizationTypes: AuthMode[];
  /** The `auth` section (local user pool), when the API has one. */
  auth?: Record<string, unknown>;
  /**
   * Local-only endpoints, under `custom.local` (Amplify's outputs reserve `custom` for what is not its own):
   * the user pool's is what a front end sets as `Auth.Cognito.userPoolEndpoint`, a field the format lacks.
   */
  local?: { stepFunctionsEndpoint?: string; userPoolEndpoint?: string };
}

/**
 * Amplify Gen 2 client configuration (`amplify_outputs.json`), so an Amplify JS v6 front end
 * configured from this file alone talks to the local API.
 */
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

export function writeAmplifyOutputs(file: string, outputs: AmplifyOutputs): void {
  writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
}
