import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnAssignment, CfnPermissionSet } from 'aws-cdk-lib/aws-sso';
import type { Construct } from 'constructs';
import type { OrganizationSettings, PermissionSetName, Placement } from './stages.ts';
import { cdkBootstrapRoleArns } from './deploy-access-stack.ts';

export interface OperatorAccessStackProps extends StackProps {
  organization: OrganizationSettings;
  /** Account → what operators may do there. */
  assignments: Record<string, PermissionSetName[]>;
  /** The accounts the deployer may deploy to by hand (through their CDK bootstrap roles). */
  deployerAccounts: Placement[];
}

/**
 * How people reach the accounts: IAM Identity Center permission sets of the organization,
 * assigned to groups, never IAM users and never users of the customer pool. Deployed once, in
 * the account that administers Identity Center.
 */
export class OperatorAccessStack extends Stack {
  readonly permissionSets: Record<PermissionSetName, CfnPermissionSet>;

  constructor(scope: Construct, id: string, { organization, assignments, deployerAccounts, ...props }: OperatorAccessStackProps) {
    super(scope, id, props);
    const instanceArn = organization.identityCenterInstanceArn;
    this.permissionSets = {
      readOnly: new CfnPermissionSet(this, 'ReadOnly', {
        instanceArn,
        name: 'VideoshopsReadOnly',
        description: 'Read configuration, metrics and logs; no data-plane writes',
        managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        sessionDuration: 'PT8H',
      }),
      deployer: new CfnPermissionSet(this, 'Deployer', {
        instanceArn,
        name: 'VideoshopsDeployer',
        description: 'Reads everything and deploys with the CDK bootstrap roles, as the pipeline does',
        managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        inlinePolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Resource: deployerAccounts.flatMap(cdkBootstrapRoleArns),
            },
          ],
        },
        sessionDuration: 'PT4H',
      }),
      // Used only when the pipeline or Identity Center's usual sets cannot fix an incident; the
      // group is empty until someone is added for that incident, and the session is short.
      breakGlass: new CfnPermissionSet(this, 'BreakGlass', {
        instanceArn,
        name: 'VideoshopsBreakGlass',
        description: 'Administrator access for incidents; membership is granted per incident',
        managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
        sessionDuration: 'PT1H',
      }),
    };
    for (const [account, sets] of Object.entries(assignments)) {
      for (const set of sets) {
        new CfnAssignment(this, `${set}-${account}`, {
          instanceArn,
          permissionSetArn: this.permissionSets[set].attrPermissionSetArn,
          principalType: 'GROUP',
          principalId: organization.groups[set],
          targetType: 'AWS_ACCOUNT',
          targetId: account,
        });
      }
    }
  }
}
