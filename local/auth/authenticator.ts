import type { AuthorizationDeclaration, AuthorizationMode } from '../../model/declaration.ts';
import { apiKeyAuthenticator, type ApiKey } from './api-key.ts';
import { denials } from './denials.ts';
import { authenticateIam, type IamAuthorization } from './iam/iam-authenticator.ts';
import type { Authenticator } from '../http/authentication.ts';
import { authenticateUserPoolToken, type UserPoolVerification } from './user-pool/authenticator.ts';

export interface ApiAuthorization {
  authorization: AuthorizationDeclaration;
  apiKeys: ApiKey[];
  userPool?: UserPoolVerification;
  iam?: IamAuthorization;
}

/**
 * Request-level authorization of an API with several modes. The headers pick the mode: `x-api-key`
 * is API key, an `Authorization` header signed with SigV4 is IAM, any other `Authorization` is a
 * user pool token. Failing the picked mode refuses the request; no other mode is tried.
 */
export function apiAuthenticator({ authorization, apiKeys, userPool, iam }: ApiAuthorization): Authenticator {
  const enabled = new Set<AuthorizationMode>([authorization.defaultMode, ...(authorization.additionalModes ?? [])]);
  if (enabled.has('AMAZON_COGNITO_USER_POOLS') && !userPool) throw new Error('Cognito user pools authorization needs a user pool.');
  if (enabled.has('AWS_IAM') && !iam) throw new Error('IAM authorization needs the runtime IAM principals.');
  const apiKey = apiKeyAuthenticator(apiKeys);
  return {
    async authenticate(request) {
      const { headers } = request;
      if (enabled.has('API_KEY') && headers['x-api-key']) return apiKey.authenticate(request);
      const authorizationHeader = headers.authorization;
      if (!authorizationHeader) throw denials.noCredentials();
      if (enabled.has('AWS_IAM') && authorizationHeader.startsWith('AWS4-HMAC-SHA256')) {
        return authenticateIam(request, iam!);
      }
      if (enabled.has('AMAZON_COGNITO_USER_POOLS')) return authenticateUserPoolToken(authorizationHeader, userPool!, request.sourceIp);
      throw denials.noCredentials();
    },
  };
}
