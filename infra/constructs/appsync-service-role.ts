import { Stack } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * A role only AppSync may assume, and only on behalf of a GraphQL API of this account, so no
 * other account's API can be pointed at it (the confused deputy:
 * https://docs.aws.amazon.com/appsync/latest/devguide/cross-service-confused-deputy-prevention.html).
 *
 * `aws:SourceArn` names this account's APIs (`apis/*`) rather than one API: a Merged API runs its
 * source APIs' resolvers with their data sources' roles, and which API's ARN AppSync presents
 * then is not documented; and the logging and merge execution roles are referenced by their own
 * API, which therefore cannot be referenced back.
 */
export function appSyncServiceRole(scope: Construct, id: string, description: string): Role {
  const stack = Stack.of(scope);
  const apis = stack.formatArn({ service: 'appsync', resource: 'apis', resourceName: '*' });
  return new Role(scope, id, {
    description,
    assumedBy: new ServicePrincipal('appsync.amazonaws.com').withConditions({
      StringEquals: { 'aws:SourceAccount': stack.account },
      ArnLike: { 'aws:SourceArn': apis },
    }),
  });
}
