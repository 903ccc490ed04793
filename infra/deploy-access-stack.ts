import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { OidcProviderNative, PolicyStatement, Role, WebIdentityPrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { Placement } from './stages.ts';

/** GitHub Actions' OIDC issuer (https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services). */
export const GITHUB_OIDC_ISSUER = 'token.actions.githubusercontent.com';

/** The CDK bootstrap qualifier `cdk bootstrap` uses unless told otherwise. */
const CDK_QUALIFIER = 'hnb659fds';

/**
 * The roles `cdk bootstrap` made in an account and region that a deploy assumes (the stacks' and
 * assets' deploy, asset upload, lookups), as the CLI names them.
 */
export const cdkBootstrapRoleArns = ({ account, region }: Placement) =>
  ['deploy-role', 'file-publishing-role', 'lookup-role'].map(
    (kind) => `arn:aws:iam::${account}:role/cdk-${CDK_QUALIFIER}-${kind}-${account}-${region}`,
  );

/** The role a stage's deploy job assumes: one per stage, in the stage's account. */
export const deployRoleName = (stage: string) => `videoshops-github-deploy-${stage}`;
export const deployRoleArn = (stage: string, account: string) => `arn:aws:iam::${account}:role/${deployRoleName(stage)}`;

/** The `sub` claim of a job that runs in the GitHub environment named after the stage. */
export const githubSubject = (repository: string, stage: string) => `repo:${repository}:environment:${stage}`;

export interface DeployAccessStackProps extends StackProps {
  repository: string;
  /** The stages (pipeline environments) deployed into this stack's account, and where. */
  stages: Record<string, Placement>;
}

/**
 * What lets the pipeline deploy into one account, deployed once by hand with an administrator's
 * credentials (a role cannot deploy itself): GitHub's OIDC provider, and for each stage of the
 * account a role only that stage's GitHub environment of this repository may assume. The role
 * may only assume the CDK bootstrap roles of the stage's region, which do the deploying, so what
 * a deploy may change is decided by `cdk bootstrap --cloudformation-execution-policies`.
 */
export class DeployAccessStack extends Stack {
  readonly roles = new Map<string, Role>();

  constructor(scope: Construct, id: string, { repository, stages, ...props }: DeployAccessStackProps) {
    super(scope, id, props);
    // An account has one provider per issuer, so this stack is one per account, never per stage.
    const github = new OidcProviderNative(this, 'GitHub', { url: `https://${GITHUB_OIDC_ISSUER}`, clientIds: ['sts.amazonaws.com'] });
    for (const [stage, placement] of Object.entries(stages)) {
      const role = new Role(this, `Deploy-${stage}`, {
        roleName: deployRoleName(stage),
        description: `GitHub Actions deploys ${stage} (${placement.region}) from ${repository}`,
        maxSessionDuration: Duration.hours(1),
        assumedBy: new WebIdentityPrincipal(github.oidcProviderArn, {
          StringEquals: {
            [`${GITHUB_OIDC_ISSUER}:aud`]: 'sts.amazonaws.com',
            [`${GITHUB_OIDC_ISSUER}:sub`]: githubSubject(repository, stage),
          },
        }),
      });
      role.addToPolicy(new PolicyStatement({ actions: ['sts:AssumeRole'], resources: cdkBootstrapRoleArns(placement) }));
      this.roles.set(stage, role);
    }
  }
}
