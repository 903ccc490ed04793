import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { bundleApi, writeBundles } from '../model/bundle/resolvers.ts';
import { tableEnvName, userPoolOf, type ApiDeclaration } from '../model/declaration.ts';
import { sourceApiSchema } from '../model/schema/source-api-definition.ts';
import type { StageConfig } from './stages.ts';
import { ApiTables } from './constructs/tables.ts';
import { ApiUserPool } from './constructs/user-pool.ts';
import { SourceApi } from './constructs/source-api.ts';
import { LambdaFunctions } from './constructs/lambda-functions.ts';
import { StateMachines } from './constructs/state-machines.ts';
import { FunctionConnections } from './constructs/function-connections.ts';
import { MergedApi } from './constructs/merged-api.ts';
import { Observability } from './constructs/observability.ts';
import { TableBackups } from './constructs/table-backups.ts';
import { ApiFirewall } from './constructs/api-firewall.ts';
import { BackendPrincipals } from './constructs/backend-principals.ts';
import { composeDeclaredApi } from '../model/federation/declared-api.ts';
import { dataSourceDynamoDbActions } from '../model/iam-grants.ts';
import { apiKeyExpiryFunction } from '../model/api-key-expiry.ts';

export interface ApiStackProps extends StackProps {
  api: ApiDeclaration;
  stage: StageConfig;
  /** Where the resolver bundles and deployed schemas are written before CDK stages them as assets. */
  buildDir: string;
}

/** Physical name of a source API's GraphQL API, e.g. `videoshops-shops-prod`. */
export const graphqlApiName = (api: ApiDeclaration, source: { name: string }, stage: StageConfig) =>
  `${api.name}-${source.name}-${stage.name}`;

/** Physical name of the Merged API, the public endpoint, e.g. `videoshops-prod`. */
export const mergedApiName = (api: ApiDeclaration, stage: StageConfig) => `${api.name}-${stage.name}`;

/**
 * Everything one API declaration deploys: its tables, its user pool, one GraphQL API per source
 * API and the Merged API over them, the web ACL in front of them all, and the IAM roles of the
 * backend principals the declaration grants fields to.
 */
export class ApiStack extends Stack {
  readonly tables: ApiTables;
  readonly users: ApiUserPool;
  readonly lambdaFunctions: LambdaFunctions;
  readonly firewall: ApiFirewall;
  readonly sourceApis = new Map<string, SourceApi>();
  readonly mergedApi: MergedApi;
  readonly backendPrincipals: BackendPrincipals;
  readonly stateMachines: StateMachines;
  readonly observability: Observability;
  /** Prod only (StageConfig.backups). */
  readonly backups?: TableBackups;

  constructor(scope: Construct, id: string, { api, stage, buildDir, ...props }: ApiStackProps) {
    super(scope, id, props);
    // Schemas first: a resolver on a missing field is reported as such, not as a missing source file.
    const schemas = new Map(api.sourceApis.map((source) => [source.name, sourceApiSchema(source)]));
    // Refused at synth, with every conflict, when AppSync would fail the merge (MERGE_FAILED).
    composeDeclaredApi(api);
    // The same esbuild output the local runtime loads, so what deploys is what was tested.
    const bundles = bundleApi(api);
    const codeFiles = writeBundles(bundles, buildDir);

    this.tables = new ApiTables(this, 'Tables', { tables: api.tables, stage });
    this.users = new ApiUserPool(this, 'Users', { stage, declaration: userPoolOf(api) });
    // The API's functions and, beside them, the one that watches API key expiry.
    const functions = [...(api.lambdaFunctions ?? []), apiKeyExpiryFunction];
    this.lambdaFunctions = new LambdaFunctions(this, 'Functions', {
      functions,
      tables: this.tables,
      stage,
      buildDir,
    });
    this.firewall = new ApiFirewall(this, 'Firewall', { name: mergedApiName(api, stage), stage });
    const environmentVariables = Object.fromEntries(
      api.tables.map((table) => [tableEnvName(table.name), this.tables.get(table.name).tableName]),
    );

    for (const source of api.sourceApis) {
      const schemaFile = path.join(buildDir, source.name, 'schema.graphql');
      mkdirSync(path.dirname(schemaFile), { recursive: true });
      writeFileSync(schemaFile, schemas.get(source.name)!);
      const sourceApi = new SourceApi(this, `SourceApi-${source.name}`, {
        name: graphqlApiName(api, source, stage),
        source,
        stage,
        firewall: this.firewall,
        tables: this.tables,
        userPool: this.users.userPool,
        authorization: api.authorization,
        environmentVariables,
        schemaFile,
        codeFiles,
        lambdaFunctions: this.lambdaFunctions,
        dynamoDbActions: dataSourceDynamoDbActions(source, (key) => bundles.get(key)!.code),
      });
      this.sourceApis.set(source.name, sourceApi);
      new CfnOutput(this, `GraphqlUrl-${source.name}`, { value: sourceApi.graphqlApi.graphqlUrl });
    }
    this.mergedApi = new MergedApi(this, 'MergedApi', {
      name: mergedApiName(api, stage),
      stage,
      firewall: this.firewall,
      sourceApis: new Map([...this.sourceApis].map(([name, source]) => [name, source.graphqlApi])),
      authorization: api.authorization,
      userPool: this.users.userPool,
    });
    // Backend principals call the public endpoint, where subscribers listen.
    this.backendPrincipals = new BackendPrincipals(this, 'BackendPrincipals', {
      namePrefix: mergedApiName(api, stage),
      grants: api.authorization?.iamGrants,
      lambdaFunctions: this.lambdaFunctions,
      mergedApi: this.mergedApi,
    });
    this.stateMachines = new StateMachines(this, 'Workflows', {
      api,
      namePrefix: mergedApiName(api, stage),
      stage,
      lambdaFunctions: this.lambdaFunctions,
    });
    new FunctionConnections(this, 'FunctionConnections', {
      functions,
      namePrefix: mergedApiName(api, stage),
      stage,
      lambdaFunctions: this.lambdaFunctions,
      stateMachines: this.stateMachines,
      graphqlUrl: this.mergedApi.graphqlApi.graphqlUrl,
      userPool: this.users.userPool,
    });
    this.observability = new Observability(this, 'Observability', {
      namePrefix: mergedApiName(api, stage),
      stage,
      mergedApi: this.mergedApi.graphqlApi,
      graphqlApis: [this.mergedApi.graphqlApi, ...[...this.sourceApis.values()].map((source) => source.graphqlApi)],
      lambdaFunctions: this.lambdaFunctions,
      stateMachines: this.stateMachines,
      tables: this.tables,
    });
    if (stage.backups)
      this.backups = new TableBackups(this, 'Backups', { namePrefix: mergedApiName(api, stage), stage, tables: this.tables });

    new CfnOutput(this, 'GraphqlUrl', { value: this.mergedApi.graphqlApi.graphqlUrl, description: 'The public endpoint (Merged API)' });
    if (this.mergedApi.graphqlApi.apiKey) {
      new CfnOutput(this, 'ApiKey', {
        value: this.mergedApi.graphqlApi.apiKey,
        description: "The Merged API's key for anonymous browsing: public by design, as every front end carries it",
      });
    }
    new CfnOutput(this, 'AlarmTopicArn', { value: this.observability.topic.topicArn, description: "The topic the stage's alarms notify" });
    for (const [principal, role] of this.backendPrincipals.ownRoles) {
      new CfnOutput(this, `${principal}RoleArn`, {
        value: role.roleArn,
        description: `The role backend principal ${principal} runs as, to call the public endpoint with IAM`,
      });
    }
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.webClient.userPoolClientId });
  }
}
