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

/**
 * Why a user gets no tokens, or undefined: a member of a group that requires a second factor
 * (`SECOND_FACTOR_GROUPS`, the declaration's `secondFactorRequiredOf`) without TOTP on, which
 * Cognito lists as `SOFTWARE_TOKEN_MFA` in AdminGetUser's `UserMFASettingList`.
 */
export function refusalOf(groups: readonly string[], mfaSettings: readonly string[], required: readonly string[]): string | undefined {
  const group = groups.find((g) => required.includes(g));
  return group && !mfaSettings.includes('SOFTWARE_TOKEN_MFA') ? secondFactorRefusal(group) : undefined;
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
  if (!groups.some((g) => required.includes(g))) return event;
  const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: event.userPoolId, Username: event.userName }));
  const refusal = refusalOf(groups, user.UserMFASettingList ?? [], required);
  if (!refusal) return event;
  metrics.addMetric('SecondFactorRefusals', MetricUnit.Count, 1);
  throw new Error(refusal);
});
