import { Construct } from 'constructs';
import {
  AppsyncFunction,
  Code,
  Definition,
  FunctionRuntime,
  GraphqlApi,
  LambdaDataSource,
  NoneDataSource,
  Resolver,
  type BaseDataSource,
} from 'aws-cdk-lib/aws-appsync';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import {
  isDirectLambda,
  isPipeline,
  type AuthorizationDeclaration,
  type DataSourceDeclaration,
  type SourceApiDeclaration,
} from '../../model/declaration.ts';
import { acknowledgeWildcardResources } from '../nag.ts';
import type { StageConfig } from '../stages.ts';
import type { ApiFirewall } from './api-firewall.ts';
import { appSyncServiceRole } from './appsync-service-role.ts';
import { authorizationConfig } from './authorization.ts';
import type { ApiTables } from './tables.ts';
import { TableDataSource } from './table-data-source.ts';
import type { LambdaFunctions } from './lambda-functions.ts';
import { StageGraphqlApi } from './stage-graphql-api.ts';

export interface SourceApiProps {
  /** Physical name of the GraphQL API. */
  name: string;
  source: SourceApiDeclaration;
  stage: StageConfig;
  /** The stack's web ACL, put in front of this API's public endpoint. */
  firewall: ApiFirewall;
  tables: ApiTables;
  userPool: IUserPool;
  /** The API's declared modes; absent means DEFAULT_AUTHORIZATION. */
  authorization?: AuthorizationDeclaration;
  /** `ctx.env` of every resolver: each table's physical name under `tableEnvName(logical)`. */
  environmentVariables: Record<string, string>;
  /** The deployed SDL: the source API's schema files, concatenated, without AppSync's built-ins. */
  schemaFile: string;
  /** Bundle key (`<sourceApi>/<Type>.<field>`, `<sourceApi>/functions/<name>`) → bundled file. */
  codeFiles: Map<string, string>;
  /** The functions AWS_LAMBDA data sources invoke. */
  lambdaFunctions?: LambdaFunctions;
  /** Each DynamoDB data source's item actions, as its resolvers use them (model/iam-grants.ts). */
  dynamoDbActions: Map<string, string[]>;
}

/** One AppSync GraphQL API built from one source API declaration: schema, data sources, functions, resolvers. */
export class SourceApi extends Construct {
  readonly graphqlApi: GraphqlApi;
  readonly dataSources = new Map<string, BaseDataSource>();
  readonly functions = new Map<string, AppsyncFunction>();
  readonly resolvers = new Map<string, Resolver>();
  private readonly sourceName: string;

  constructor(scope: Construct, id: string, props: SourceApiProps) {
    super(scope, id);
    const { source, stage } = props;
    this.sourceName = source.name;
    this.graphqlApi = new StageGraphqlApi(this, 'Api', {
      name: props.name,
      definition: Definition.fromFile(props.schemaFile),
      authorizationConfig: authorizationConfig(props.authorization, { userPool: props.userPool, stage }),
      environmentVariables: props.environmentVariables,
      stage,
      firewall: props.firewall,
    }).api;

    for (const declaration of source.dataSources) {
      this.dataSources.set(declaration.name, this.addDataSource(declaration, props));
    }
    for (const fn of source.functions) {
      this.functions.set(
        fn.name,
        new AppsyncFunction(this, `Function-${fn.name}`, {
          api: this.graphqlApi,
          name: fn.name,
          dataSource: this.dataSource(fn.dataSource, `Function ${fn.name}`),
          runtime: FunctionRuntime.JS_1_0_0,
          code: Code.fromAsset(codeFile(props, `functions/${fn.name}`)),
          maxBatchSize: fn.maxBatchSize,
        }),
      );
    }
    for (const resolver of source.resolvers) {
      const field = `${resolver.typeName}.${resolver.fieldName}`;
      if (!isPipeline(resolver) && isDirectLambda(resolver)) {
        // A direct Lambda resolver: no code and no templates; the function gets AppSync's context.
        const direct = new Resolver(this, `Resolver-${field}`, {
          api: this.graphqlApi,
          typeName: resolver.typeName,
          fieldName: resolver.fieldName,
          dataSource: this.dataSource(resolver.dataSource, `Resolver ${field}`),
          maxBatchSize: resolver.maxBatchSize,
        });
        this.resolvers.set(field, direct);
        continue;
      }
      const common = {
        api: this.graphqlApi,
        typeName: resolver.typeName,
        fieldName: resolver.fieldName,
        runtime: FunctionRuntime.JS_1_0_0,
        code: Code.fromAsset(codeFile(props, field)),
      };
      this.resolvers.set(
        field,
        new Resolver(
          this,
          `Resolver-${field}`,
          isPipeline(resolver)
            ? { ...common, pipelineConfig: resolver.pipeline.map((name) => this.pipelineFunction(name, field)) }
            : { ...common, dataSource: this.dataSource(resolver.dataSource, `Resolver ${field}`), maxBatchSize: resolver.maxBatchSize },
        ),
      );
    }
  }

  private addDataSource(
    declaration: DataSourceDeclaration,
    { tables, lambdaFunctions: lambdas, dynamoDbActions }: SourceApiProps,
  ): BaseDataSource {
    const common = { api: this.graphqlApi, name: declaration.name, description: declaration.description };
    if (declaration.type === 'NONE') return new NoneDataSource(this, `DataSource-${declaration.name}`, common);
    if (declaration.type === 'AWS_LAMBDA') {
      if (!lambdas) throw new Error(`Data source "${declaration.name}": no Lambda functions are declared in this stack`);
      // Grants its service role lambda:InvokeFunction on this function only.
      const lambdaFunction = lambdas.get(declaration.function);
      const serviceRole = appSyncServiceRole(this, `DataSource-${declaration.name}Role`, `AppSync data source ${declaration.name}`);
      const dataSource = new LambdaDataSource(this, `DataSource-${declaration.name}`, { ...common, lambdaFunction, serviceRole });
      acknowledgeWildcardResources(
        serviceRole,
        [`${lambdaFunction.functionArn}:*`],
        `CDK's grantInvoke names the function's qualified ARNs too (its versions and aliases): ${declaration.function} only.`,
      );
      return dataSource;
    }
    return new TableDataSource(this, `DataSource-${declaration.name}`, {
      ...common,
      table: tables.get(declaration.table),
      resources: [declaration.table, ...(declaration.otherTables ?? [])].flatMap((table) => tables.resourceArns(table)),
      actions: dynamoDbActions.get(declaration.name) ?? [],
    });
  }

  private dataSource(name: string, user: string): BaseDataSource {
    const dataSource = this.dataSources.get(name);
    if (!dataSource) throw new Error(`${user}: data source "${name}" is not declared in source API "${this.sourceName}"`);
    return dataSource;
  }

  private pipelineFunction(name: string, resolver: string): AppsyncFunction {
    const fn = this.functions.get(name);
    if (!fn) throw new Error(`Resolver ${resolver}: pipeline function "${name}" is not declared in source API "${this.sourceName}"`);
    return fn;
  }
}

function codeFile({ source, codeFiles }: SourceApiProps, key: string): string {
  const file = codeFiles.get(`${source.name}/${key}`);
  if (!file) throw new Error(`No bundle for ${source.name}/${key}: was it written with writeBundles(bundleApi(api), dir)?`);
  return file;
}
