import { Construct } from 'constructs';
import { AccountRecovery, FeaturePlan, Mfa, StandardThreatProtectionMode, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { UserPoolDeclaration } from '../../model/declaration.ts';
import { acknowledge } from '../nag.ts';
import type { StageConfig } from '../stages.ts';

/** Cognito, the default auth mode of every API, as the declaration describes it (the local pool reads the same). */
export class ApiUserPool extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, { stage, declaration }: { stage: StageConfig; declaration: UserPoolDeclaration }) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Pool', {
      selfSignUpEnabled: declaration.selfSignUp,
      // Without `username: true`, CDK sets UsernameAttributes (e-mail as the username) rather than AliasAttributes.
      signInAliases: { email: declaration.usernameAttributes.includes('email') },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: declaration.passwordPolicy,
      mfa: { OFF: Mfa.OFF, OPTIONAL: Mfa.OPTIONAL }[declaration.mfa],
      mfaSecondFactor: { otp: true, sms: false },
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
    declaration.groups.forEach(({ name, description }, precedence) => {
      this.userPool.addGroup(name, { groupName: name, description, precedence });
    });
    const flows = new Set(declaration.appClient.authFlows);
    this.webClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: flows.has('USER_SRP_AUTH'), userPassword: flows.has('USER_PASSWORD_AUTH') },
      preventUserExistenceErrors: declaration.appClient.preventUserExistenceErrors,
    });
  }
}
