import { Construct } from 'constructs';
import { AccountRecovery, FeaturePlan, StandardThreatProtectionMode, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { acknowledge } from '../nag.ts';
import type { StageConfig } from '../stages.ts';

/** The roles resolvers check with `ctx.identity.groups`. */
export const USER_GROUPS = {
  shoppers: 'Browse shops, watch live streams, buy and see their own orders.',
  creators: 'Run a shop, recommend products, go live, earn commissions.',
  brands: 'List products, set commission rates, manage inventory.',
  admins: 'Operate the platform.',
} as const;

/** Cognito, the default auth mode of every API: users sign up as shoppers and are promoted by group. */
export class ApiUserPool extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, { stage }: { stage: StageConfig }) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Pool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
      removalPolicy: stage.removalPolicy,
      deletionProtection: stage.deletionProtection,
      ...(stage.userThreatProtection
        ? { featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION }
        : { featurePlan: FeaturePlan.ESSENTIALS }),
    });
    acknowledge(
      this.userPool,
      'COG2',
      'MFA is not required: shoppers sign themselves up to buy and watch, and Cognito can require a second factor only of every ' +
        'user of a pool, so requiring it of staff would require it of every shopper at sign-up.',
    );
    if (!stage.userThreatProtection) {
      acknowledge(
        this.userPool,
        'COG8',
        `Essentials plan in ${stage.name}: only developers' and test accounts sign in here; threat protection (Plus, billed per active user) is on in prod.`,
      );
    }
    for (const [groupName, description] of Object.entries(USER_GROUPS)) {
      this.userPool.addGroup(groupName, { groupName, description });
    }
    // Browser and mobile apps cannot keep a secret; SRP keeps the password off the wire.
    this.webClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
    });
  }
}
