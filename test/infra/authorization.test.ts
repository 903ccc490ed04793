import { describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { authorizationConfig } from '../../infra/constructs/authorization.ts';
import { DEFAULT_AUTHORIZATION, type AuthorizationDeclaration } from '../../model/declaration.ts';
import { stageConfig } from '../../infra/stages.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { synthesizeApiStack } from './support/synthesize.ts';

describe('The authorization modes an API deploys', () => {
  const userPool = new UserPool(new Stack(new App(), 'Auth'), 'Pool');
  const modesOf = (declaration: AuthorizationDeclaration | undefined) => {
    const config = authorizationConfig(declaration, { userPool, stage: stageConfig('dev') });
    return [config.defaultAuthorization, ...(config.additionalAuthorizationModes ?? [])].map((m) => m?.authorizationType);
  };

  it('are the declared ones, default first, in the names AppSync and the declaration share', () => {
    // Prepare
    const declared: AuthorizationDeclaration = { defaultMode: 'API_KEY', additionalModes: ['AWS_IAM'] };
    // Act
    const modes = modesOf(declared);
    // Assess
    expect(modes).toEqual([declared.defaultMode, ...declared.additionalModes!]);
  });

  it("are the product's defaults when the API declares none", () => {
    // Act
    const modes = modesOf(undefined);
    // Assess
    expect(modes).toEqual([DEFAULT_AUTHORIZATION.defaultMode, ...(DEFAULT_AUTHORIZATION.additionalModes ?? [])]);
  });

  it('give the Cognito mode the user pool and the API key mode an expiry the stage chooses', () => {
    // Act
    const config = authorizationConfig(
      { defaultMode: 'AMAZON_COGNITO_USER_POOLS', additionalModes: ['API_KEY'] },
      { userPool, stage: stageConfig('prod') },
    );
    // Assess
    expect(config.defaultAuthorization?.userPoolConfig?.userPool).toBe(userPool);
    expect(config.additionalAuthorizationModes?.[0]?.apiKeyConfig?.expires).toBeDefined();
  });
});

describe('A source API', () => {
  it('deploys the authorization modes its API declares', { timeout: 120_000 }, () => {
    // Prepare
    const [fixture] = fixtureApi.sourceApis;
    const apiKeyFirst: AuthorizationDeclaration = { defaultMode: 'API_KEY', additionalModes: ['AWS_IAM'] };
    const synth = synthesizeApiStack({
      name: 'authmodes',
      tables: [],
      authorization: apiKeyFirst,
      sourceApis: [
        {
          ...fixture!,
          dataSources: [{ name: 'None', type: 'NONE' }],
          functions: [],
          resolvers: [{ typeName: 'Query', fieldName: 'echo', dataSource: 'None' }],
        },
      ],
    });
    try {
      // Act
      const source = synth.stack.getLogicalId(synth.stack.sourceApis.get(fixture!.name)!.graphqlApi.node.defaultChild as never);
      const props = synth.artifact.template.Resources[source].Properties;
      // Assess
      expect(props.AuthenticationType).toBe(apiKeyFirst.defaultMode);
      expect(props.AdditionalAuthenticationProviders).toEqual(
        apiKeyFirst.additionalModes!.map((AuthenticationType) => ({ AuthenticationType })),
      );
    } finally {
      synth.remove();
    }
  });
});
