import { Expiration } from 'aws-cdk-lib';
import { AuthorizationType, type AuthorizationConfig, type AuthorizationMode as AppSyncMode } from 'aws-cdk-lib/aws-appsync';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { DEFAULT_AUTHORIZATION, type AuthorizationDeclaration, type AuthorizationMode } from '../../model/declaration.ts';
import { apiKeyExpiry, type StageConfig } from '../stages.ts';

/** The declared authorization modes in CDK's terms; the local runtime reads the same declaration. */
export function authorizationConfig(
  declaration: AuthorizationDeclaration | undefined,
  { userPool, stage }: { userPool: IUserPool; stage: StageConfig },
): AuthorizationConfig {
  const { defaultMode, additionalModes = [] } = declaration ?? DEFAULT_AUTHORIZATION;
  const mode = (name: AuthorizationMode): AppSyncMode => {
    switch (name) {
      case 'AMAZON_COGNITO_USER_POOLS':
        return { authorizationType: AuthorizationType.USER_POOL, userPoolConfig: { userPool } };
      case 'API_KEY':
        return {
          authorizationType: AuthorizationType.API_KEY,
          apiKeyConfig: { description: 'Anonymous catalog browsing', expires: Expiration.atDate(apiKeyExpiry(stage)) },
        };
      case 'AWS_IAM':
        return { authorizationType: AuthorizationType.IAM };
    }
  };
  return { defaultAuthorization: mode(defaultMode), additionalAuthorizationModes: additionalModes.map(mode) };
}
