import { Stack } from 'aws-cdk-lib';
import { Role, ServicePrincipal, type IRole } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { IamGrantDeclaration } from '../../model/declaration.ts';
import { fieldsByPrincipal } from '../../model/iam-grants.ts';
import type { LambdaFunctions } from './lambda-functions.ts';
import type { MergedApi } from './merged-api.ts';

export interface BackendPrincipalsProps {
  /** `<api>-<stage>`: a principal's own role is named `<prefix>-<principal>-<region>`. */
  namePrefix: string;
  grants?: IamGrantDeclaration[];
  lambdaFunctions: LambdaFunctions;
  mergedApi: MergedApi;
}

/**
 * The IAM identity of every backend principal the declaration grants fields to, granted exactly
 * `appsync:GraphQL` on the Merged API's field ARNs it names, the same policy the local runtime
 * enforces. A principal that names a declared Lambda function is that function's role; any
 * other principal (a service not built yet) gets a role of its own, for that service to run as.
 */
export class BackendPrincipals extends Construct {
  /** Principal → the role its calls are signed with. */
  readonly roles = new Map<string, IRole>();
  /** Principal → the role made for it here, for principals that are not declared Lambda functions. */
  readonly ownRoles = new Map<string, Role>();

  constructor(scope: Construct, id: string, { namePrefix, grants, lambdaFunctions, mergedApi }: BackendPrincipalsProps) {
    super(scope, id);
    for (const [principal, fields] of fieldsByPrincipal(grants)) {
      const role =
        lambdaFunctions.functions.get(principal)?.role ??
        this.ownRole(`${namePrefix}-${principal}-${Stack.of(this).region}`, principal, fields);
      mergedApi.grantFields(role, fields);
      this.roles.set(principal, role);
    }
  }

  /**
   * Named, so the service that will run as it can find it (`Role.fromRoleName`) whatever stack
   * deploys that service; the stage in the name keeps stages sharing an account apart, and the
   * region a stage deployed to two regions (role names are global to the account).
   *
   * Trusted by Lambda only. The declaration describes these principals as Lambda handlers and
   * workflow tasks, and a workflow reaches AppSync's GraphQL endpoint only through a task's
   * code (Step Functions has no SigV4 integration for it), so whatever runs as this role is a
   * Lambda function; who may hand it to one is decided by iam:PassRole, not by this trust. The
   * account root (any principal of the account allowed sts:AssumeRole) would be wider. A
   * principal run by another service says so when it is declared, and gets that trust.
   */
  private ownRole(roleName: string, principal: string, fields: string[]): Role {
    const role = new Role(this, principal, {
      roleName,
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Backend principal ${principal}: appsync:GraphQL on ${fields.join(', ')}`.slice(0, 1000),
    });
    this.ownRoles.set(principal, role);
    return role;
  }
}
