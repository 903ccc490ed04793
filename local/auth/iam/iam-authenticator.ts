import type { Caller } from '../../graphql/executor.ts';
import type { AuthenticationRequest } from '../../http/authentication.ts';
import { denials } from '../denials.ts';
import { verifySigV4 } from './sigv4.ts';
import { fieldArn, fieldsCalled, type ApiArnParts, type FieldPolicy } from './policy.ts';
import type { LocalIam, LocalPrincipal } from './principals.ts';

export interface IamAuthorization {
  iam: LocalIam;
  api: ApiArnParts;
  policyOf: (principal: string) => FieldPolicy;
}

/**
 * IAM authorization: a SigV4 signature (service `appsync`) by one of the runtime's principals, then
 * the principal's policy for every top-level field the request calls. A field outside the policy
 * refuses the whole request, as AppSync does ("Permission denied").
 */
export async function authenticateIam(request: AuthenticationRequest, { iam, api, policyOf }: IamAuthorization): Promise<Caller> {
  const { accessKeyId } = await verifySigV4(
    { method: request.method, url: request.path, headers: request.headers, body: request.body },
    (key) => iam.principalOfAccessKey(key)?.credentials,
    { service: 'appsync' },
  );
  const principal = iam.principalOfAccessKey(accessKeyId)!;
  const policy = policyOf(principal.name);
  for (const { typeName, fieldName } of fieldsCalled(request.graphql)) {
    if (!policy.allows(fieldArn(api, typeName, fieldName))) throw denials.permissionDenied();
  }
  return { authMode: 'AWS_IAM', identity: iamIdentity(principal, iam.accountId, request.sourceIp) };
}

/** `ctx.identity` of an IAM caller, in AppSync's shape; the Cognito identity fields stay null for a role. */
export function iamIdentity(principal: LocalPrincipal, accountId: string, sourceIp: string | undefined) {
  return {
    accountId,
    cognitoIdentityPoolId: null,
    cognitoIdentityId: null,
    sourceIp: sourceIp ? [sourceIp] : [],
    username: `${principal.roleId}:${principal.sessionName}`,
    userArn: principal.userArn,
    cognitoIdentityAuthType: null,
    cognitoIdentityAuthProvider: null,
  };
}
