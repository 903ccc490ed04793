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
  /** Local-only endpoints, under `custom.local` (Amplify's outputs reserve `custom` for what is not its own). */
  local?: { stepFunctionsEndpoint?: string };
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

export function writeAmplifyOutputs(file: string, input: AmplifyOutputsInput): void {
  writeFileSync(file, `${JSON.stringify(amplifyOutputs(input), null, 2)}\n`);
}
