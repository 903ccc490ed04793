import { Construct } from 'constructs';
import { Definition, FieldLogLevel, GraphqlApi, IamResource, MergeType, SourceApiAssociation, type IGraphqlApi } from 'aws-cdk-lib/aws-appsync';
import { Role, ServicePrincipal, type Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { AuthorizationDeclaration } from '../declaration.ts';
import type { StageConfig } from '../stages.ts';
import { authorizationConfig } from './authorization.ts';

export interface MergedApiProps {
  /** Physical name of the Merged API. */
  name: string;
  stage: StageConfig;
  /** The source APIs it merges, by declared name. */
  sourceApis: Map<string, IGraphqlApi>;
  authorization?: AuthorizationDeclaration;
  userPool: IUserPool;
}

/**
 * The public endpoint: an AppSync Merged API (`ApiType: MERGED`) over the source APIs, each
 * associated with AUTO_MERGE so a change to a source API reaches it without a manual merge.
 *
 * The execution role AppSync assumes to run the source APIs' resolvers gets exactly what
 * aws-cdk's source-api-association.ts grants: `appsync:SourceGraphQL` on each source API
 * (`<arn>` for top-level fields, `<arn>/*` for child resolvers; merged-api.html, "Configuring
 * execution roles") and `appsync:StartSchemaMerge` on each association, which AUTO_MERGE needs.
 *
 * The associations are made here rather than listed in `Definition.fromSourceApis`, because
 * GraphqlApi names each association after the source API's construct id, and every source API's
 * GraphqlApi is called `Api` within its own SourceApi construct.
 * The Merged API has no environment variables (AppSync refuses them on merged APIs): resolvers
 * imported from a source API read that source API's.
 */
export class MergedApi extends Construct {
  readonly graphqlApi: GraphqlApi;
  readonly executionRole: Role;
  readonly associations = new Map<string, SourceApiAssociation>();

  constructor(scope: Construct, id: string, props: MergedApiProps) {
    super(scope, id);
    const { stage } = props;
    this.executionRole = new Role(this, 'ExecutionRole', {
      assumedBy: new ServicePrincipal('appsync.amazonaws.com'),
      description: `Runs the resolvers of the source APIs merged into ${props.name}`,
    });
    this.graphqlApi = new GraphqlApi(this, 'Api', {
      name: props.name,
      definition: Definition.fromSourceApis({ sourceApis: [], mergedApiExecutionRole: this.executionRole }),
      // The same modes as every source API: the declaration's.
      authorizationConfig: authorizationConfig(props.authorization, { userPool: props.userPool, stage }),
      logConfig: { fieldLogLevel: FieldLogLevel.ERROR, excludeVerboseContent: true, retention: stage.logRetention },
      xrayEnabled: true,
      introspectionConfig: stage.introspection,
    });

    for (const [name, sourceApi] of props.sourceApis) {
      this.associations.set(
        name,
        new SourceApiAssociation(this, `Association-${name}`, {
          sourceApi,
          mergedApi: this.graphqlApi,
          mergedApiExecutionRole: this.executionRole,
          mergeType: MergeType.AUTO_MERGE,
          description: `Source API ${name}`,
        }),
      );
    }
  }

  /**
   * `appsync:GraphQL` on fields of the Merged API, written as in the declaration's `iamGrants`
   * (`Type.field` or `Type.*`): backend publishers call the public endpoint, so that
   * subscribers of the Merged API are notified (merged-api.html, "Configuring subscriptions").
   */
  grantFields(grantee: IGrantable, fields: string[]): Grant {
    const paths = fields.map((field) => {
      const [typeName, fieldName] = field.split('.');
      if (!typeName || !fieldName) throw new Error(`An IAM grant names 'Type.field' or 'Type.*', not '${field}'.`);
      return fieldName === '*' ? `types/${typeName}/*` : `types/${typeName}/fields/${fieldName}`;
    });
    return this.graphqlApi.grant(grantee, IamResource.custom(...paths), 'appsync:GraphQL');
  }
}
