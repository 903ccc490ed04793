import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { Match } from 'aws-cdk-lib/assertions';
import { isDirectLambda, tableEnvName, type ApiDeclaration, type TableDeclaration } from '../../infra/declaration.ts';
import { appsyncBuiltinNames, declaredNames, sourceApiSchema } from '../../infra/schema-definition.ts';
import { stageConfig } from '../../infra/stages.ts';
import { fixtureApi } from '../fixture/api.ts';
import { comparableTable } from './support/comparable-api.ts';
import { tableDeclaration } from './support/deployed-api.ts';
import { synthesizeApiStack, type SynthesizedStack } from './support/synthesize.ts';

/** The fixture, plus a table that uses the declaration features the fixture's tables do not. */
const sessions: TableDeclaration = {
  name: 'FixtureSessions',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'startedAt', type: 'N' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    { name: 'byDevice', partitionKey: { name: 'device', type: 'S' }, projection: ['userAgent', 'lastSeen'] },
    { name: 'byUser', partitionKey: { name: 'user', type: 'S' }, sortKey: { name: 'startedAt', type: 'N' }, projection: 'KEYS_ONLY' },
  ],
};
const api: ApiDeclaration = { ...fixtureApi, tables: [...fixtureApi.tables, sessions] };

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

/** DynamoDB actions that change data; a read-only data source must be granted none of them. */
const DYNAMODB_WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PartiQLInsert',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
  'dynamodb:CreateTable',
  'dynamodb:DeleteTable',
  'dynamodb:UpdateTable',
];

describe('An API stack synthesized from a declaration', () => {
  let dev: SynthesizedStack;
  let resources: Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const logicalIdOf = (construct: { node: { defaultChild?: unknown } }) => dev.stack.getLogicalId(construct.node.defaultChild as never);

  beforeAll(() => {
    dev = synthesizeApiStack(api, 'dev');
    resources = dev.artifact.template.Resources;
  });
  afterAll(() => dev?.remove());

  describe('tables', () => {
    it('creates every declared table with its keys, indexes, projections and TTL', () => {
      // Prepare
      const declared = api.tables.map(comparableTable);
      // Act
      const synthesized = api.tables.map((t) => comparableTable(tableDeclaration(t.name, resources[logicalIdOf(dev.stack.tables.get(t.name))]!)));
      // Assess
      expect(synthesized).toEqual(declared);
      expect(ofType('AWS::DynamoDB::Table')).toHaveLength(api.tables.length);
    });

    it('bills on demand, keeps point-in-time recovery and encrypts at rest with a KMS key', () => {
      // Act
      const tables = ofType('AWS::DynamoDB::Table').map(([, t]) => t.Properties);
      // Assess
      for (const table of tables) {
        expect(table.BillingMode).toBe('PAY_PER_REQUEST');
        expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
        expect(table.SSESpecification).toEqual({ SSEEnabled: true });
      }
    });

    it('leaves physical table names to CloudFormation, so stages and stacks never collide', () => {
      // Act
      const named = ofType('AWS::DynamoDB::Table').filter(([, t]) => 'TableName' in t.Properties);
      // Assess
      expect(named).toEqual([]);
    });

    it("gives resolvers each table's physical name in ctx.env under tableEnvName", () => {
      // Prepare
      const expected = Object.fromEntries(api.tables.map((t) => [tableEnvName(t.name), { Ref: logicalIdOf(dev.stack.tables.get(t.name)) }]));
      // Act
      // The Merged API has none: AppSync refuses environment variables on merged APIs.
      const apis = ofType('AWS::AppSync::GraphQLApi').filter(([, a]) => a.Properties.ApiType !== 'MERGED').map(([, a]) => a.Properties.EnvironmentVariables);
      // Assess
      expect(apis).toEqual(api.sourceApis.map(() => expected));
    });

    it('deletes tables and the user pool with the stack outside prod', () => {
      // Act
      const kept = [...ofType('AWS::DynamoDB::Table'), ...ofType('AWS::Cognito::UserPool')].map(([, r]) => [r.DeletionPolicy, r.UpdateReplacePolicy]);
      // Assess
      expect(kept).toEqual(kept.map(() => ['Delete', 'Delete']));
    });
  });

  describe('schema', () => {
    const deployedSchema = () => ofType('AWS::AppSync::GraphQLSchema').map(([, s]) => parse(s.Properties.Definition as string));

    it("declares no scalar or directive that AppSync provides itself", () => {
      // Prepare
      const builtins = appsyncBuiltinNames();
      // Act
      const redeclared = deployedSchema().flatMap((document) => declaredNames(document).filter((name) => builtins.has(name)));
      // Assess
      expect(builtins.size).toBeGreaterThan(0);
      expect(redeclared).toEqual([]);
    });

    it("deploys every type of the source API's schema files, and uses AppSync scalars without declaring them", () => {
      // Prepare
      const declared = api.sourceApis.map((source) => declaredNames(parse(sourceApiSchema(source))).sort());
      // Act
      const deployed = deployedSchema().map((document) => declaredNames(document).sort());
      // Assess
      expect(deployed).toEqual(declared);
      expect(ofType('AWS::AppSync::GraphQLSchema').map(([, s]) => s.Properties.Definition)).toEqual([expect.stringContaining('AWSDateTime')]);
    });

    it('refuses to synthesize a source API whose schema files redeclare AppSync built-ins, naming the file', () => {
      // Prepare
      const [source] = fixtureApi.sourceApis;
      const withBuiltins: ApiDeclaration = {
        ...fixtureApi,
        sourceApis: [{ ...source!, schemaFiles: [...source!.schemaFiles, 'schema/appsync-builtins.graphql'] }],
      };
      // Act
      const synth = () => synthesizeApiStack(withBuiltins, 'dev');
      // Assess
      expect(synth).toThrow(/schema\/appsync-builtins\.graphql declares AWSDate/);
    });

    it('refuses to synthesize a resolver on a field the schema does not have, as AppSync would refuse to deploy it', () => {
      // Prepare
      const [source] = fixtureApi.sourceApis;
      const withStrayResolver: ApiDeclaration = {
        ...fixtureApi,
        sourceApis: [{ ...source!, resolvers: [...source!.resolvers, { typeName: 'Query', fieldName: 'missing', dataSource: 'None' }] }],
      };
      // Act
      const synth = () => synthesizeApiStack(withStrayResolver, 'dev');
      // Assess
      expect(synth).toThrow(/Resolver Query\.missing of source API "fixture": the schema has no field missing on type Query/);
    });
  });

  describe('GraphQL API', () => {
    it('authorizes with the Cognito user pool by default, and with an API key or IAM as additional modes', () => {
      dev.template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
        AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
        UserPoolConfig: Match.objectLike({ UserPoolId: { Ref: logicalIdOf(dev.stack.users.userPool) } }),
        AdditionalAuthenticationProviders: [{ AuthenticationType: 'API_KEY' }, { AuthenticationType: 'AWS_IAM' }],
      });
      dev.template.resourceCountIs('AWS::AppSync::ApiKey', api.sourceApis.length + 1); // and the Merged API's
    });

    it('has the user groups shoppers, creators, brands and admins', () => {
      // Act
      const groups = ofType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName);
      // Assess
      expect(groups.sort()).toEqual(['admins', 'brands', 'creators', 'shoppers']);
    });

    it("logs field errors without verbose content, traces with X-Ray and keeps logs for the stage's retention", () => {
      // Assess
      dev.template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
        LogConfig: Match.objectLike({ FieldLogLevel: 'ERROR', ExcludeVerboseContent: true }),
        XrayEnabled: true,
      });
      dev.template.hasResourceProperties('Custom::LogRetention', {
        LogGroupName: { 'Fn::Join': ['', ['/aws/appsync/apis/', Match.anyValue()]] },
        RetentionInDays: stageConfig('dev').logRetention,
      });
    });

    it('runs every function and resolver on APPSYNC_JS 1.0.0 with code uploaded as an asset', () => {
      // Prepare: direct Lambda resolvers have no code (test/lambda/infra.test.ts covers them)
      const direct = new Set(api.sourceApis.flatMap((s) => s.resolvers.filter(isDirectLambda).map((r) => `${r.typeName}.${r.fieldName}`)));
      // Act
      const handlers = [...ofType('AWS::AppSync::FunctionConfiguration'), ...ofType('AWS::AppSync::Resolver')]
        .map(([, r]) => r.Properties)
        .filter((r) => !direct.has(`${r.TypeName}.${r.FieldName}`));
      // Assess
      expect(handlers).toHaveLength(api.sourceApis.reduce((n, s) => n + s.functions.length + s.resolvers.length, 0) - direct.size);
      for (const handler of handlers) {
        expect(handler.Runtime).toEqual({ Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' });
        expect(handler.CodeS3Location).toMatch(/^s3:\/\/.+\.js$/);
        expect(handler).not.toHaveProperty('Code');
      }
    });
  });

  describe('data source permissions', () => {
    const dynamoDbDataSources = api.sourceApis.flatMap((s) => s.dataSources.filter((d) => d.type === 'AMAZON_DYNAMODB'));
    const statementsOf = (dataSourceName: string) => {
      const [, dataSource] = ofType('AWS::AppSync::DataSource').find(([, d]) => d.Properties.Name === dataSourceName)!;
      const role = dataSource.Properties.ServiceRoleArn['Fn::GetAtt'][0];
      return ofType('AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === role))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    };
    const actionsOf = (name: string) => statementsOf(name).flatMap((s) => [s.Action].flat());
    const tableArn = (table: string) => ({ 'Fn::GetAtt': [logicalIdOf(dev.stack.tables.get(table)), 'Arn'] });
    const indexArns = (table: string) => ({ 'Fn::Join': ['', [tableArn(table), '/index/*']] });

    it('grants read-only data sources no action that writes, and no wildcard', () => {
      // Prepare
      const readOnly = dynamoDbDataSources.filter((d) => d.readOnly);
      // Act
      const granted = readOnly.flatMap((d) => actionsOf(d.name));
      // Assess
      expect(readOnly.length).toBeGreaterThan(0);
      expect(granted.length).toBeGreaterThan(0);
      expect(granted.filter((action) => DYNAMODB_WRITES.includes(action) || action.includes('*'))).toEqual([]);
    });

    it('grants read-write data sources writes on their table and every other table, and their indexes', () => {
      for (const dataSource of dynamoDbDataSources.filter((d) => d.type === 'AMAZON_DYNAMODB' && !d.readOnly)) {
        // Prepare
        const reachable = [dataSource.table, ...(dataSource.otherTables ?? [])];
        const expected = reachable.flatMap((t) =>
          api.tables.find((d) => d.name === t)!.globalSecondaryIndexes?.length ? [tableArn(t), indexArns(t)] : [tableArn(t)],
        );
        // Act
        const statements = statementsOf(dataSource.name);
        // Assess
        expect(statements.flatMap((s) => [s.Resource].flat())).toEqual(expect.arrayContaining(expected));
        expect(statements.flatMap((s) => [s.Action].flat())).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:GetItem']));
      }
    });

    it('grants no data source a table it does not declare', () => {
      for (const dataSource of dynamoDbDataSources) {
        // Prepare
        const allowed = [dataSource.table, ...(dataSource.otherTables ?? [])].flatMap((t) => [tableArn(t), indexArns(t)]);
        // Act
        const granted = statementsOf(dataSource.name).flatMap((s) => [s.Resource].flat());
        // Assess
        expect(allowed).toEqual(expect.arrayContaining(granted));
      }
    });
  });
});

describe('An API stack synthesized for prod', () => {
  let prod: SynthesizedStack;
  beforeAll(() => {
    prod = synthesizeApiStack(fixtureApi, 'prod');
  });
  afterAll(() => prod?.remove());

  it('retains tables and the user pool when the stack is deleted or a resource replaced, and protects them from deletion', () => {
    // Act
    const data = (['AWS::DynamoDB::Table', 'AWS::Cognito::UserPool'] as const).flatMap((type) =>
      Object.values(prod.artifact.template.Resources as Record<string, Resource>).filter((r) => r.Type === type),
    );
    // Assess
    expect(data).toHaveLength(fixtureApi.tables.length + 1);
    for (const resource of data) {
      expect([resource.DeletionPolicy, resource.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
      expect(resource.Properties.DeletionProtectionEnabled ?? resource.Properties.DeletionProtection).toBeTruthy();
    }
  });

  it('turns introspection off', () => {
    prod.template.hasResourceProperties('AWS::AppSync::GraphQLApi', { IntrospectionConfig: 'DISABLED' });
  });
});
