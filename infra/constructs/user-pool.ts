import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolEmail,
  UserPoolOperation,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { powertoolsEnvironment } from '../../model/lambda-environment.ts';
import { logDataProtection } from '../log-data-protection.ts';
import { acknowledgeRuntime } from './lambda-functions.ts';
import { bundleLambdaSync, LAMBDA_MODULE } from '../../model/bundle/lambdas.ts';
import type { UserPoolDeclaration } from '../../model/declaration.ts';
import { acknowledge } from '../nag.ts';
import type { StageConfig } from '../stages.ts';

export interface ApiUserPoolProps {
  stage: StageConfig;
  declaration: UserPoolDeclaration;
  /** The stack's regional web ACL, put in front of the pool's public endpoints too. */
  webAclArn: string;
  /** Where the trigger's bundle is written for CDK to package. */
  buildDir: string;
}

/** The pre token generation trigger that enforces `secondFactorRequiredOf` (Cognito has no MFA per group). */
const SECOND_FACTOR_TRIGGER = 'lambdas/require-second-factor.ts';

/** Cognito, the default auth mode of every API, as the declaration describes it (the local pool reads the same). */
export class ApiUserPool extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly secondFactorTrigger?: LambdaFunction;

  constructor(scope: Construct, id: string, { stage, declaration, webAclArn, buildDir }: ApiUserPoolProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Pool', {
      selfSignUpEnabled: declaration.selfSignUp,
      // Without `username: true`, CDK sets UsernameAttributes (e-mail as the username) rather than AliasAttributes.
      signInAliases: { email: declaration.usernameAttributes.includes('email') },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: declaration.passwordPolicy,
      mfa: { OFF: Mfa.OFF, OPTIONAL: Mfa.OPTIONAL }[declaration.mfa],
      // An authenticator app only: SMS codes can be intercepted (SIM swaps) and cost per message.
      mfaSecondFactor: declaration.mfa === 'OFF' ? undefined : { otp: true, sms: false },
      // Cognito's own sender sends 50 e-mails a day, which would cap sign-ups (confirmation codes).
      email: stage.cognitoEmail && UserPoolEmail.withSES(stage.cognitoEmail),
      removalPolicy: stage.removalPolicy,
      deletionProtection: stage.deletionProtection,
      ...(stage.userThreatProtection
        ? { featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION }
        : { featurePlan: FeaturePlan.ESSENTIALS }),
    });
    acknowledge(
      this.userPool,
      'COG2',
      'MFA is optional (TOTP) rather than required: shoppers sign themselves up to buy and watch, and Cognito can require a ' +
        `second factor only of every user of a pool. It is required of ${declaration.secondFactorRequiredOf.join(', ') || 'no group'} ` +
        'by the pre token generation trigger, and threat protection can challenge anyone who set TOTP up.',
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
      // Front ends sign in through the Cognito API (Amplify); CDK's default would enable the hosted
      // UI's implicit and code grants with https://example.com as callback.
      disableOAuth: true,
    });
    new CfnWebACLAssociation(this, 'Firewall', { resourceArn: this.userPool.userPoolArn, webAclArn });
    if (declaration.secondFactorRequiredOf.length > 0) {
      this.secondFactorTrigger = this.addSecondFactorTrigger(declaration, stage, buildDir);
    }
  }

  /**
   * The trigger that refuses tokens to members of `secondFactorRequiredOf` without TOTP on, with a
   * role that may write its own logs, send traces and read the pool's users (AdminGetUser's MFA
   * settings), nothing else.
   */
  private addSecondFactorTrigger(declaration: UserPoolDeclaration, stage: StageConfig, buildDir: string): LambdaFunction {
    const role = new Role(this, 'SecondFactorRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Runs the pre token generation trigger that requires TOTP of some groups',
    });
    const logGroup = new LogGroup(this, 'SecondFactorLogs', {
      retention: stage.logRetention,
      removalPolicy: stage.removalPolicy,
      dataProtectionPolicy: logDataProtection(),
    });
    logGroup.grantWrite(role);
    const fn = new LambdaFunction(this, 'SecondFactor', {
      code: Code.fromAsset(bundleLambdaSync(SECOND_FACTOR_TRIGGER, path.join(buildDir, 'lambda', 'requireSecondFactor'))),
      handler: `${LAMBDA_MODULE}.handler`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      // Cognito waits 5 seconds for a trigger.
      timeout: Duration.seconds(5),
      environment: {
        SECOND_FACTOR_GROUPS: declaration.secondFactorRequiredOf.join(','),
        ...powertoolsEnvironment('requireSecondFactor'),
      },
      role,
      tracing: Tracing.ACTIVE,
      logGroup,
    });
    // A Policy of its own, not the role's default one: the pool names the function, so the function may not wait for a policy naming the pool.
    new Policy(this, 'ReadUsers', {
      roles: [role],
      statements: [new PolicyStatement({ actions: ['cognito-idp:AdminGetUser'], resources: [this.userPool.userPoolArn] })],
    });
    this.userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION, fn);
    acknowledge(
      role,
      'IAM5[Resource::*]',
      'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions.',
    );
    acknowledgeRuntime(fn);
    acknowledge(
      fn,
      'LambdaDLQ',
      'Cognito invokes the trigger synchronously and waits for it; a dead-letter queue receives only failed asynchronous invocations.',
      'Serverless',
    );
    return fn;
  }
}
