import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { Match } from 'aws-cdk-lib/assertions';
import { isDirectLambda, tableEnvName, type ApiDeclaration, type TableDeclaration } from '../../model/declaration.ts';
import { appsyncBuiltinNames, declaredNames, sourceApiSchema } from '../../model/schema/source-api-definition.ts';
import { mergedApiName } from '../../infra/api-stack.ts';
import { MANAGED_RULE_GROUPS, RATE_RULE_NAME, REDACTED_HEADERS } from '../../infra/constructs/api-firewall.ts';
import { PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION } from '../../infra/environment.ts';
import { stageConfig, type StageConfig, type StageName } from '../../infra/stages.ts';
import { MASKED_LOG_DATA } from '../../infra/log-data-protection.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { comparableTable } from './support/comparable-api.ts';
import { tableDeclaration } from './support/deployed-api.ts';
import { allow, roleGrants, rolesAllowed } from './support/iam.ts';
import { synthesizeApiStack, type SynthesizedStack } from './support/synthesize.ts';

/**
 * The fixture, plus a table that uses the declaration features the fixture's tables do not, and
 * IAM grants to a declared Lambda function and to a principal named twice.
 */
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
const api: ApiDeclaration = {
  ...fixtureApi,
  tables: [...fixtureApi.tables, sessions],
  authorization: {
    ...fixtureApi.authorization!,
    iamGrants: [
      ...fixtureApi.authorization!.iamGrants!,
      { principal: 'fixtureDynamo', fields: ['Mutation.publishNoteEvent'] },
      { principal: 'fixturePublisher', fields: ['Mutation.publishNoteEvent', 'Query.echo'] },
    ],
  },
};

/** Each principal and every field its grants name, once. */
const grantedFields = (declaration: ApiDeclaration) => {
  const fields = new Map<string, Set<string>>();
  for (const { principal, fields: named } of declaration.authorization?.iamGrants ?? []) {
    fields.set(principal, new Set([...(fields.get(principal) ?? []), ...named]));
  }
  return fields;
};

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

/** What the dev synth sets beyond the dev stage: an address for its alarms. */
const DEV_SETTINGS = { alarmEmail: 'platform-alarms@example.com' };

describe('An API stack synthesized from a declaration', () => {
  let dev: SynthesizedStack;
  let resources: Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const logicalIdOf = (construct: { node: { defaultChild?: unknown } }) => dev.stack.getLogicalId(construct.node.defaultChild as never);

  beforeAll(() => {
    dev = synthesizeApiStack(api, 'dev', DEV_SETTINGS);
    resources = dev.artifact.template.Resources;
  });
  afterAll(() => dev?.remove());

  describe('protection', () => protectionTests('dev', api, () => dev, DEV_SETTINGS));

  describe('tables', () => {
    it('creates every declared table with its keys, indexes, projections and TTL', () => {
      // Prepare
      const declared = api.tables.map(comparableTable);
      // Act
      const synthesized = api.tables.map((t) =>
        comparableTable(tableDeclaration(t.name, resources[logicalIdOf(dev.stack.tables.get(t.name))]!)),
      );
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
      const expected = Object.fromEntries(
        api.tables.map((t) => [tableEnvName(t.name), { Ref: logicalIdOf(dev.stack.tables.get(t.name)) }]),
      );
      // Act
      // The Merged API has none: AppSync refuses environment variables on merged APIs.
      const apis = ofType('AWS::AppSync::GraphQLApi')
        .filter(([, a]) => a.Properties.ApiType !== 'MERGED')
        .map(([, a]) => a.Properties.EnvironmentVariables);
      // Assess
      expect(apis).toEqual(api.sourceApis.map(() => expected));
    });

    it('deletes tables and the user pool with the stack outside prod', () => {
      // Act
      const kept = [...ofType('AWS::DynamoDB::Table'), ...ofType('AWS::Cognito::UserPool')].map(([, r]) => [
        r.DeletionPolicy,
        r.UpdateReplacePolicy,
      ]);
      // Assess
      expect(kept).toEqual(kept.map(() => ['Delete', 'Delete']));
    });
  });

  describe('schema', () => {
    const deployedSchema = () => ofType('AWS::AppSync::GraphQLSchema').map(([, s]) => parse(s.Properties.Definition as string));

    it('declares no scalar or directive that AppSync provides itself', () => {
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
      expect(ofType('AWS::AppSync::GraphQLSchema').map(([, s]) => s.Properties.Definition)).toEqual([
        expect.stringContaining('AWSDateTime'),
      ]);
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
    const indexArns = (table: string) =>
      (api.tables.find((t) => t.name === table)!.globalSecondaryIndexes ?? []).map((index) => ({
        'Fn::Join': ['', [tableArn(table), `/index/${index.name}`]],
      }));

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

    it('grants read-write data sources writes on their table and every other table, and their indexes by name', () => {
      for (const dataSource of dynamoDbDataSources.filter((d) => d.type === 'AMAZON_DYNAMODB' && !d.readOnly)) {
        // Prepare
        const reachable = [dataSource.table, ...(dataSource.otherTables ?? [])];
        const expected = reachable.flatMap((t) => [tableArn(t), ...indexArns(t)]);
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
        const allowed = [dataSource.table, ...(dataSource.otherTables ?? [])].flatMap((t) => [tableArn(t), ...indexArns(t)]);
        // Act
        const granted = statementsOf(dataSource.name).flatMap((s) => [s.Resource].flat());
        // Assess
        expect(allowed).toEqual(expect.arrayContaining(granted));
        expect(JSON.stringify(granted)).not.toContain('*');
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

  describe('protection', () => protectionTests('prod', fixtureApi, () => prod));

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

/** What README.md's "Hardening" promises of every stage, each with the stage's own settings. */
function protectionTests(
  stageName: StageName,
  declaration: ApiDeclaration,
  synthesized: () => SynthesizedStack,
  settings: Partial<StageConfig> = {},
) {
  const stage = { ...stageConfig(stageName), ...settings };
  const resources = () => synthesized().artifact.template.Resources as Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources()).filter(([, r]) => r.Type === type);
  const idOf = (construct: { node: { defaultChild?: unknown } }) => synthesized().stack.getLogicalId(construct.node.defaultChild as never);
  const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });
  /** Source APIs and the Merged API. */
  const apiIds = () =>
    ofType('AWS::AppSync::GraphQLApi')
      .map(([id]) => id)
      .sort();

  it("puts one regional web ACL in front of every GraphQL API, source and merged, limiting each IP to the stage's rate first", () => {
    // Act
    const [[aclId, acl], ...others] = ofType('AWS::WAFv2::WebACL');
    const protectedApis = ofType('AWS::WAFv2::WebACLAssociation').map(([, a]) => {
      expect(a.Properties.WebACLArn).toEqual(getAtt(aclId!, 'Arn'));
      return a.Properties.ResourceArn['Fn::GetAtt'][0];
    });
    // Assess
    expect(others).toEqual([]);
    expect(protectedApis.sort()).toEqual(apiIds());
    expect(apiIds()).toHaveLength(declaration.sourceApis.length + 1);
    expect(acl!.Properties).toMatchObject({
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Name: `${mergedApiName(declaration, stage)}-api`,
    });
    expect(acl!.Properties.Rules[0]).toMatchObject({
      Name: RATE_RULE_NAME,
      Priority: 0,
      Statement: { RateBasedStatement: { Limit: stage.requestsPerIpPer5Minutes, AggregateKeyType: 'IP', EvaluationWindowSec: 300 } },
      Action: { Block: { CustomResponse: { ResponseCode: 429 } } },
    });
  });

  it("checks every request against AWS's common and known-bad-input rules, only counting bodies over 8 KB", () => {
    // Act
    const [[, acl]] = ofType('AWS::WAFv2::WebACL');
    const managed = acl!.Properties.Rules.filter((r: any) => r.Statement.ManagedRuleGroupStatement);
    // Assess
    expect(
      managed.map((r: any) => [
        r.Statement.ManagedRuleGroupStatement.VendorName,
        r.Statement.ManagedRuleGroupStatement.Name,
        r.OverrideAction,
      ]),
    ).toEqual(MANAGED_RULE_GROUPS.map((name) => ['AWS', name, { None: {} }]));
    expect(managed.flatMap((r: any) => r.Statement.ManagedRuleGroupStatement.RuleActionOverrides ?? [])).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
    ]);
  });

  it('limits query depth and resolvers per request, traces with X-Ray and sets introspection as the stage says, on every API', () => {
    // Act
    const settings = ofType('AWS::AppSync::GraphQLApi').map(([, a]) => [
      a.Properties.QueryDepthLimit,
      a.Properties.ResolverCountLimit,
      a.Properties.XrayEnabled,
      a.Properties.IntrospectionConfig,
    ]);
    // Assess
    expect(settings).toEqual(apiIds().map(() => [stage.queryDepthLimit, stage.resolverCountLimit, true, stage.introspection]));
  });

  it("logs every API's fields at the stage's level into a log group of its own, kept for the stage's retention", () => {
    for (const apiId of apiIds()) {
      // Prepare
      const { LogConfig } = resources()[apiId]!.Properties;
      const roleId = LogConfig.CloudWatchLogsRoleArn['Fn::GetAtt'][0];
      // Act
      const [[logGroupId, logGroup], ...others] = ofType('AWS::Logs::LogGroup').filter(
        ([, g]) =>
          JSON.stringify(g.Properties.LogGroupName) ===
          JSON.stringify({ 'Fn::Join': ['', ['/aws/appsync/apis/', getAtt(apiId, 'ApiId')]] }),
      );
      // Assess
      expect(LogConfig).toMatchObject({ FieldLogLevel: stage.fieldLogLevel, ExcludeVerboseContent: stage.excludeVerboseLogContent });
      expect(others).toEqual([]);
      expect(logGroup!.Properties.RetentionInDays).toBe(stage.logRetention);
      expect(logGroup!.DeletionPolicy).toBe(stageName === 'prod' ? 'Retain' : 'Delete');
      // May write that log group, and not create one, so AppSync never creates it first.
      expect(roleGrants(resources(), roleId)).toEqual([
        allow('logs:CreateLogStream', getAtt(logGroupId!, 'Arn')),
        allow('logs:PutLogEvents', getAtt(logGroupId!, 'Arn')),
      ]);
    }
    expect(ofType('Custom::LogRetention')).toEqual([]);
  });

  it("keeps prod's logs free of request headers and resolver context", () => {
    // Assess
    expect(stage.excludeVerboseLogContent).toBe(stageName === 'prod');
    if (stageName === 'prod') expect([stage.fieldLogLevel, stage.logRetention]).toEqual(['ERROR', 365]);
  });

  it("lets each API key live for the stage's key lifetime from the day it was issued, whenever it is synthesized", () => {
    // Prepare
    const expected = Date.parse(`${stage.apiKeyIssuedOn}T00:00:00Z`) / 1000 + stage.apiKeyLifetime.toSeconds();
    // Act
    const expiries = ofType('AWS::AppSync::ApiKey').map(([, k]) => k.Properties.Expires as number);
    // Assess
    expect(expiries).toEqual(apiIds().map(() => expected));
  });

  it("grants each backend principal appsync:GraphQL on exactly the Merged API's field ARNs it is granted, and no one else any", () => {
    // Prepare
    const { backendPrincipals, mergedApi } = synthesized().stack;
    const fieldArn = (field: string) => {
      const [typeName, fieldName] = field.split('.');
      return {
        'Fn::Join': [
          '',
          [
            `arn:aws:appsync:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:apis/`,
            getAtt(idOf(mergedApi.graphqlApi), 'ApiId'),
            `/types/${typeName}/fields/${fieldName}`,
          ],
        ],
      };
    };
    const principals = grantedFields(declaration);
    // Act
    const roles = new Map([...backendPrincipals.roles].map(([principal, role]) => [principal, idOf(role)]));
    // Assess
    expect([...roles.keys()].sort()).toEqual([...principals.keys()].sort());
    for (const [principal, fields] of principals) {
      const appsyncGrants = roleGrants(resources(), roles.get(principal)!).filter((g) => g.includes(' appsync:'));
      expect(appsyncGrants, principal).toEqual([...fields].map((field) => allow('appsync:GraphQL', fieldArn(field))).sort());
    }
    expect(rolesAllowed(resources(), 'appsync:GraphQL')).toEqual([...new Set(roles.values())].sort());
  });

  it("runs a principal that names a declared Lambda function as that function's role", () => {
    // Prepare
    const { backendPrincipals, lambdaFunctions } = synthesized().stack;
    const declared = [...grantedFields(declaration).keys()].filter((p) => (declaration.lambdaFunctions ?? []).some((f) => f.name === p));
    // Assess
    for (const principal of declared) expect(backendPrincipals.roles.get(principal)).toBe(lambdaFunctions.get(principal).role);
    if (declaration === api) expect(declared).toEqual(['fixtureDynamo']);
  });

  it('gives any other principal a role of its own, named for it, that only Lambda may assume, may do nothing else, and is output', () => {
    // Prepare
    const { backendPrincipals } = synthesized().stack;
    const others = [...grantedFields(declaration)].filter(([p]) => !(declaration.lambdaFunctions ?? []).some((f) => f.name === p));
    const outputs = synthesized().artifact.template.Outputs as Record<string, { Value: unknown }>;
    expect(others.length).toBeGreaterThan(0);
    for (const [principal, fields] of others) {
      // Act
      const roleId = idOf(backendPrincipals.roles.get(principal)!);
      const role = resources()[roleId]!.Properties;
      // Assess
      expect(role.RoleName).toBe(`${mergedApiName(declaration, stage)}-${principal}`);
      expect(role.AssumeRolePolicyDocument.Statement).toEqual([
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
      ]);
      expect(roleGrants(resources(), roleId).filter((g) => !g.startsWith('Allow appsync:GraphQL on '))).toEqual([]);
      expect(roleGrants(resources(), roleId)).toHaveLength(fields.size);
      expect(outputs[`${principal}RoleArn`]?.Value).toEqual(getAtt(roleId, 'Arn'));
    }
  });

  it('attaches no AWS managed policy to any role', () => {
    // Act
    const managed = ofType('AWS::IAM::Role').filter(([, r]) => r.Properties.ManagedPolicyArns?.length);
    // Assess
    expect(managed).toEqual([]);
  });

  it(`puts the user pool on the ${stage.userThreatProtection ? 'Plus plan with threat protection enforced' : 'Essentials plan'}`, () => {
    // Act
    const [[, pool]] = ofType('AWS::Cognito::UserPool');
    // Assess
    expect(pool!.Properties.UserPoolTier).toBe(stage.userThreatProtection ? 'PLUS' : 'ESSENTIALS');
    expect(pool!.Properties.UserPoolAddOns?.AdvancedSecurityMode).toBe(stage.userThreatProtection ? 'ENFORCED' : undefined);
  });

  it("logs every request WAF sees, without its credentials, to a log group named aws-waf-logs-…, kept for the stage's retention", () => {
    // Act
    const [[, logging], ...others] = ofType('AWS::WAFv2::LoggingConfiguration');
    const [[aclId]] = ofType('AWS::WAFv2::WebACL');
    const logGroupName = `aws-waf-logs-${mergedApiName(declaration, stage)}`;
    const [[, logGroup]] = ofType('AWS::Logs::LogGroup').filter(([, g]) => g.Properties.LogGroupName === logGroupName);
    // Assess
    expect(others).toEqual([]);
    expect(logging!.Properties).toEqual({
      ResourceArn: getAtt(aclId!, 'Arn'),
      LogDestinationConfigs: [`arn:aws:logs:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:log-group:${logGroupName}`],
      RedactedFields: REDACTED_HEADERS.map((Name) => ({ SingleHeader: { Name } })),
    });
    expect(logGroup!.Properties.RetentionInDays).toBe(stage.logRetention);
  });

  it('masks e-mail addresses, payment tokens and keys, JWTs and API keys in every log group of the stack', () => {
    // Prepare
    const identifiers = ['arn:aws:dataprotection::aws:data-identifier/EmailAddress', 'PaymentToken', 'JsonWebToken', 'AppSyncApiKey'];
    // Act
    const policies = ofType('AWS::Logs::LogGroup').map(([, g]) => g.Properties.DataProtectionPolicy);
    // Assess
    expect(MASKED_LOG_DATA).toHaveLength(identifiers.length);
    expect(policies.length).toBeGreaterThan(declaration.sourceApis.length + 1);
    for (const policy of policies) {
      expect(policy.Statement.map((s: any) => [s.DataIdentifier, Object.keys(s.Operation)])).toEqual([
        [identifiers, ['Audit']],
        [identifiers, ['Deidentify']],
      ]);
      expect(policy.Configuration.CustomDataIdentifier.map((c: any) => c.Name)).toEqual(identifiers.slice(1));
    }
  });

  it('measures every API per data source and per operation with AppSync enhanced metrics', () => {
    // Act
    const configs = ofType('AWS::AppSync::GraphQLApi').map(([, a]) => a.Properties.EnhancedMetricsConfig);
    // Assess
    expect(configs).toEqual(
      apiIds().map(() => ({
        DataSourceLevelMetricsBehavior: 'FULL_REQUEST_DATA_SOURCE_METRICS',
        OperationLevelMetricsConfig: 'ENABLED',
        ResolverLevelMetricsBehavior: 'PER_RESOLVER_METRICS',
      })),
    );
  });

  it("e-mails the stack's alarms to the stage's address, when it has one", () => {
    // Act
    const subscriptions = ofType('AWS::SNS::Subscription').map(([, s]) => [s.Properties.Protocol, s.Properties.Endpoint]);
    // Assess
    expect(subscriptions).toEqual(stage.alarmEmail ? [['email', stage.alarmEmail]] : []);
  });

  it(`${stage.backups ? 'backs up' : 'leaves'} the tables ${stage.backups ? 'with' : 'to point-in-time recovery alone, without'} AWS Backup`, () => {
    // Act
    const plans = ofType('AWS::Backup::BackupPlan');
    const selected = ofType('AWS::Backup::BackupSelection').flatMap(([, s]) => s.Properties.BackupSelection.Resources);
    // Assess
    expect(plans).toHaveLength(stage.backups ? 1 : 0);
    expect(selected).toEqual(
      stage.backups ? declaration.tables.map((t) => getAtt(idOf(synthesized().stack.tables.get(t.name)), 'Arn')) : [],
    );
  });
}
