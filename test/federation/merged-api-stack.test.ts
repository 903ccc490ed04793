import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergedApiName } from '../../infra/api-stack.ts';
import { DEFAULT_AUTHORIZATION, type ApiDeclaration } from '../../model/declaration.ts';
import { PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION } from '../../infra/environment.ts';
import { stageConfig } from '../../infra/stages.ts';
import { synthesizeApiStack, type SynthesizedStack } from '../infra/support/synthesize.ts';
import { federationApi } from './fixtures/api.ts';

type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: string[] };

describe('The Merged API in the synthesized stack', () => {
  let synth: SynthesizedStack;
  let resources: Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const logicalIdOf = (construct: { node: { defaultChild?: unknown } }) => synth.stack.getLogicalId(construct.node.defaultChild as never);
  const mergedId = () => logicalIdOf(synth.stack.mergedApi.graphqlApi);
  const associationIdOf = (source: string) => logicalIdOf(synth.stack.mergedApi.associations.get(source)!);

  beforeAll(() => {
    synth = synthesizeApiStack(federationApi, 'dev');
    resources = synth.artifact.template.Resources;
  });
  afterAll(() => synth?.remove());

  it('is a GraphQL API of type MERGED, named for the declaration and stage, run by its execution role', () => {
    // Act
    const merged = resources[mergedId()]!;
    // Assess
    expect(merged.Properties).toMatchObject({
      Name: mergedApiName(federationApi, stageConfig('dev')),
      ApiType: 'MERGED',
      MergedApiExecutionRoleArn: { 'Fn::GetAtt': [logicalIdOf(synth.stack.mergedApi.executionRole), 'Arn'] },
    });
    expect(merged.Properties).not.toHaveProperty('EnvironmentVariables');
    expect(ofType('AWS::AppSync::GraphQLSchema').map(([, s]) => s.Properties.ApiId)).not.toContainEqual({
      'Fn::GetAtt': [mergedId(), 'ApiId'],
    });
  });

  it('authorizes with the same modes as its source APIs, from the declaration', () => {
    // Act
    const authOf = ([, api]: [string, Resource]) => [api.Properties.AuthenticationType, api.Properties.AdditionalAuthenticationProviders];
    const [merged, ...sources] = [
      resources[mergedId()]!,
      ...[...synth.stack.sourceApis.values()].map((s) => resources[logicalIdOf(s.graphqlApi)]!),
    ];
    // Assess
    expect(authOf(['', merged!])).toEqual([
      'AMAZON_COGNITO_USER_POOLS',
      [{ AuthenticationType: 'API_KEY' }, { AuthenticationType: 'AWS_IAM' }],
    ]);
    for (const source of sources) expect(authOf(['', source])).toEqual(authOf(['', merged!]));
  });

  it('associates every source API with AUTO_MERGE, after the source API has its schema', () => {
    // Act
    const associations = ofType('AWS::AppSync::SourceApiAssociation');
    // Assess
    expect(associations).toHaveLength(federationApi.sourceApis.length);
    for (const source of federationApi.sourceApis) {
      const association = resources[associationIdOf(source.name)]!;
      const sourceApiId = logicalIdOf(synth.stack.sourceApis.get(source.name)!.graphqlApi);
      const schemaId = ofType('AWS::AppSync::GraphQLSchema').find(([, s]) => s.Properties.ApiId['Fn::GetAtt'][0] === sourceApiId)![0];
      expect(association.Properties).toEqual({
        SourceApiIdentifier: { 'Fn::GetAtt': [sourceApiId, 'Arn'] },
        MergedApiIdentifier: { 'Fn::GetAtt': [mergedId(), 'Arn'] },
        SourceApiAssociationConfig: { MergeType: 'AUTO_MERGE' },
        Description: `Source API ${source.name}`,
      });
      expect(association.DependsOn).toContain(schemaId);
    }
  });

  it('lets the execution role run the source APIs and merge them, and nothing else', () => {
    // Prepare
    const roleId = logicalIdOf(synth.stack.mergedApi.executionRole);
    const grant = (action: string, resource: unknown) => `${action} on ${JSON.stringify(resource)}`;
    const expected = federationApi.sourceApis.flatMap((source) => {
      const id = associationIdOf(source.name);
      const sourceApiArn = { 'Fn::GetAtt': [id, 'SourceApiArn'] };
      return [
        grant('appsync:SourceGraphQL', sourceApiArn),
        grant('appsync:SourceGraphQL', { 'Fn::Join': ['', [sourceApiArn, '/*']] }),
        grant('appsync:StartSchemaMerge', { 'Fn::GetAtt': [id, 'AssociationArn'] }),
      ];
    });
    // Act
    const role = resources[roleId]!;
    const statements = ofType('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === roleId))
      .flatMap(
        ([, p]) =>
          p.Properties.PolicyDocument.Statement as { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown }[],
      );
    const granted = statements.flatMap((st) =>
      [st.Action].flat().flatMap((action) => [st.Resource].flat().map((resource) => grant(action, resource))),
    );
    // Assess
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'appsync.amazonaws.com' },
        // Only on behalf of this account's APIs (confused deputy).
        Condition: {
          StringEquals: { 'aws:SourceAccount': PLACEHOLDER_ACCOUNT },
          ArnLike: { 'aws:SourceArn': `arn:aws:appsync:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:apis/*` },
        },
      },
    ]);
    expect(role.Properties).not.toHaveProperty('ManagedPolicyArns');
    expect(role.Properties).not.toHaveProperty('Policies');
    expect(statements.map((st) => [st.Effect, st.Condition])).toEqual(statements.map(() => ['Allow', undefined]));
    expect(granted.sort()).toEqual(expected.sort());
  });

  it('outputs the Merged API endpoint as the public GraphQL URL', () => {
    // Act
    const outputs = synth.artifact.template.Outputs as Record<string, { Value: unknown }>;
    // Assess
    expect(outputs.GraphqlUrl?.Value).toEqual({ 'Fn::GetAtt': [mergedId(), 'GraphQLUrl'] });
  });

  describe('for a backend publisher', () => {
    const withPublisher: ApiDeclaration = {
      ...federationApi,
      name: 'federationPublisher',
      lambdaFunctions: [{ name: 'reviewPublisher', entry: 'model/fixture/lambdas/echo.ts' }],
      authorization: { ...DEFAULT_AUTHORIZATION, iamGrants: [{ principal: 'reviewPublisher', fields: ['Mutation.addReview', 'Query.*'] }] },
    };
    let publisher: SynthesizedStack;
    beforeAll(() => {
      publisher = synthesizeApiStack(withPublisher, 'dev');
    });
    afterAll(() => publisher?.remove());

    it("grants a declared Lambda function appsync:GraphQL on the Merged API's fields it is granted, and on no source API", () => {
      // Prepare
      const template = publisher.artifact.template.Resources as Record<string, Resource>;
      const idOf = (construct: { node: { defaultChild?: unknown } }) => publisher.stack.getLogicalId(construct.node.defaultChild as never);
      const fn = publisher.stack.lambdaFunctions.functions.get('reviewPublisher')!;
      const roleId = idOf(fn.role as never);
      const fieldArn = (path: string) => ({
        'Fn::Join': [
          '',
          [
            `arn:aws:appsync:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:apis/`,
            { 'Fn::GetAtt': [idOf(publisher.stack.mergedApi.graphqlApi), 'ApiId'] },
            path,
          ],
        ],
      });
      // Act
      const appsyncStatements = Object.values(template)
        .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: { Ref?: string }) => x.Ref === roleId))
        .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
        .filter((st) => [st.Action].flat().some((a) => a.startsWith('appsync:')));
      // Assess
      expect(appsyncStatements).toEqual([
        {
          Effect: 'Allow',
          Action: 'appsync:GraphQL',
          Resource: [fieldArn('/types/Mutation/fields/addReview'), fieldArn('/types/Query/fields/*')],
        },
      ]);
    });
  });
});
