import { AdminGetUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { secondFactorRefusal } from '../model/declaration.ts';
import { metrics, MetricUnit, observed } from './shared/observability.ts';

/**
 * The members of Cognito's pre token generation event (V1_0) this trigger reads; it answers the
 * event unchanged, or throws, which refuses the tokens (Cognito answers the client
 * `UserLambdaValidationException`).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export interface PreTokenGenerationEvent {
  userPoolId: string;
  userName: string;
  request: { groupConfiguration: { groupsToOverride?: string[] } };
  response: Record<string, unknown>;
}

const cognito = new CognitoIdentityProviderClient({});
const required = (process.env.SECOND_FACTOR_GROUPS ?? '').split(',').filter(Boolean);

/**
 * Cognito has no MFA setting per group: the pool's MFA is optional, and this trigger refuses
 * tokens, at sign-in and at refresh, to members of the groups that require TOTP without it on.
 * The local pool applies the same rule (local/auth/user-pool/pool.ts, checkSecondFactor).
 */
export const handler = observed(async (event: PreTokenGenerationEvent): Promise<PreTokenGenerationEvent> => {
  const groups = event.request.groupConfiguration.groupsToOverride ?? [];
  // Not refused even without TOTP (in none of the groups): no need to ask Cognito.
  if (!secondFactorRefusal(required, groups, false)) return event;
  const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: event.userPoolId, Username: event.userName }));
  // AdminGetUser lists TOTP that is on as SOFTWARE_TOKEN_MFA in UserMFASettingList.
  const refusal = secondFactorRefusal(required, groups, (user.UserMFASettingList ?? []).includes('SOFTWARE_TOKEN_MFA'));
  if (!refusal) return event;
  metrics.addMetric('SecondFactorRefusals', MetricUnit.Count, 1);
  throw new Error(refusal);
});
