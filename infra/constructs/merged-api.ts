import { Construct } from 'constructs';
import { Definition, GraphqlApi, IamResource, MergeType, SourceApiAssociation, type IGraphqlApi } from 'aws-cdk-lib/aws-appsync';
import type { Grant, IRole, Role } from 'aws-cdk-lib/aws-iam';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { AuthorizationDeclaration } from '../../model/declaration.ts';
import { grantedFieldPath } from '../../model/iam-grants.ts';
import { acknowledgeWildcardResources } from '../nag.ts';
import type { StageConfig } from '../stages.ts';
import type { ApiFirewall } from './api-firewall.ts';
import { appSyncServiceRole } from './appsync-service-role.ts';
import { authorizationConfig } from './authorization.ts';
import { StageGraphqlApi } from './stage-graphql-api.ts';

export interface MergedApiProps {
  /** Physical name of the Merged API. */
  name: string;
  stage: StageConfig;
  /** The stack's web ACL, put in front of the public endpoint. */
  firewall: ApiFirewall;
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
    this.executionRole = appSyncServiceRole(this, 'ExecutionRole', `Runs the resolvers of the source APIs merged into ${props.name}`);
    this.graphqlApi = new StageGraphqlApi(this, 'Api', {
      name: props.name,
      definition: Definition.fromSourceApis({ sourceApis: [], mergedApiExecutionRole: this.executionRole }),
      // The same modes as every source API: the declaration's.
      authorizationConfig: authorizationConfig(props.authorization, { userPool: props.userPool, stage }),
      stage,
      firewall: props.firewall,
    }).api;

    for (const [name, sourceApi] of props.sourceApis) {
      const association = new SourceApiAssociation(this, `Association-${name}`, {
        sourceApi,
        mergedApi: this.graphqlApi,
        mergedApiExecutionRole: this.executionRole,
        mergeType: MergeType.AUTO_MERGE,
        description: `Source API ${name}`,
      });
      this.associations.set(name, association);
      acknowledgeWildcardResources(
        this.executionRole,
        [`${association.association.attrSourceApiArn}/*`],
        `AppSync requires appsync:SourceGraphQL on <sourceApiArn>/* to run the nested field resolvers of source API ${name} (merged-api.html, "Configuring execution roles").`,
      );
    }
  }

  /**
   * `appsync:GraphQL` on fields of the Merged API, written as in the declaration's `iamGrants`
   * (`Type.field` or `Type.*`): backend publishers call the public endpoint, so that
   * subscribers of the Merged API are notified (merged-api.html, "Configuring subscriptions").
   * A declared `Type.*` is the one wildcard, acknowledged on the role as declared.
   */
  grantFields(role: IRole, fields: string[]): Grant {
    const resources = IamResource.custom(...fields.map(grantedFieldPath));
    const grant = this.graphqlApi.grant(role, resources, 'appsync:GraphQL');
    const wildcards = fields.filter((field) => field.endsWith('.*'));
    acknowledgeWildcardResources(
      role,
      resources.resourceArns(this.graphqlApi).filter((arn) => arn.endsWith('/*')),
      `Declared in iamGrants: every field of ${wildcards.join(', ')}, and nothing else under those types.`,
    );
    return grant;
  }
}
