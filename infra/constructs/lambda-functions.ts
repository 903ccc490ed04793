import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { bundleLambdaSync, LAMBDA_BUNDLE_FILE, LAMBDA_BUNDLING, LAMBDA_MODULE } from '../../model/bundle/lambdas.ts';
import { functionSettings } from '../../model/lambda-environment.ts';
import { tableEnvName, type LambdaFunctionDeclaration } from '../../model/declaration.ts';
import { logDataProtection } from '../log-data-protection.ts';
import { acknowledge } from '../nag.ts';
import type { StageConfig } from '../stages.ts';
import { DYNAMODB_READ_ACTIONS, lambdaDynamoDbActions } from '../../model/iam-grants.ts';
import type { ApiTables } from './tables.ts';

export interface LambdaFunctionsProps {
  functions: LambdaFunctionDeclaration[];
  tables: ApiTables;
  stage: StageConfig;
  /** Where the bundles are written for CDK to package (`<buildDir>/lambda/<name>/index.mjs`). */
  buildDir: string;
}

/**
 * The declared Lambda functions: each deployed from the bundle the local runtime runs
 * (model/bundle/lambdas.ts, `Code.fromAsset`), so what deploys is what ran locally, byte for byte;
 * each granted exactly the item actions on the tables it declares, their names in its environment.
 *
 * Each runs as a role of its own that may write its own log group and send traces, and nothing
 * else until something is granted to it (tables here, API fields by BackendPrincipals): CDK's
 * default role carries AWSLambdaBasicExecutionRole, which may write every log group.
 */
export class LambdaFunctions extends Construct {
  readonly functions = new Map<string, LambdaFunction>();
  /** Each function's dead-letter queue, by function name. */
  readonly deadLetterQueues = new Map<string, Queue>();

  constructor(scope: Construct, id: string, { functions, tables, stage, buildDir }: LambdaFunctionsProps) {
    super(scope, id);
    for (const declaration of functions) {
      const settings = functionSettings(declaration);
      const role = new Role(this, `${declaration.name}Role`, {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Runs the Lambda function ${declaration.name}`,
      });
      const logGroup = new LogGroup(this, `${declaration.name}Logs`, {
        retention: stage.logRetention,
        removalPolicy: stage.removalPolicy,
        dataProtectionPolicy: logDataProtection(),
      });
      logGroup.grantWrite(role);
      const bundleDir = bundleLambdaSync(declaration.entry, path.join(buildDir, 'lambda', declaration.name));
      const actions = lambdaDynamoDbActions(readFileSync(path.join(bundleDir, LAMBDA_BUNDLE_FILE), 'utf8'));
      const fn = new LambdaFunction(this, declaration.name, {
        code: Code.fromAsset(bundleDir),
        handler: `${LAMBDA_MODULE}.${settings.handler}`,
        runtime: Runtime.NODEJS_22_X,
        architecture: Architecture.ARM_64,
        memorySize: settings.memorySize,
        timeout: Duration.seconds(settings.timeout),
        // Declared only: an undeclared count is Lambda's own default, with no EventInvokeConfig.
        retryAttempts: declaration.asyncRetryAttempts,
        reservedConcurrentExecutions: declaration.reservedConcurrency,
        deadLetterQueue: this.deadLetterQueue(declaration.name),
        environment: {
          ...Object.fromEntries(settings.tables.map(({ table }) => [tableEnvName(table), tables.get(table).tableName])),
          ...settings.environment,
        },
        role,
        tracing: Tracing.ACTIVE,
        logGroup,
      });
      // The calls its bundle can make, on each table it declares; reads only where it declares reading.
      for (const { table, readOnly } of settings.tables) {
        const granted = readOnly ? actions.filter((action) => DYNAMODB_READ_ACTIONS.includes(action)) : actions;
        if (granted.length) fn.addToRolePolicy(new PolicyStatement({ actions: granted, resources: tables.resourceArns(table) }));
      }
      acknowledge(
        role,
        'IAM5[Resource::*]',
        'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions.',
      );
      const runtimeReason = `${Runtime.NODEJS_22_X.name}, a supported LTS runtime, is what the local runtime's bundles target (LAMBDA_BUNDLING.target ${LAMBDA_BUNDLING.target}) and its tests run on.`;
      acknowledge(fn, 'L1', runtimeReason);
      acknowledge(fn, 'LambdaLatestVersion', runtimeReason, 'Serverless');
      if (declaration.asyncRetryAttempts !== undefined) {
        acknowledge(
          fn,
          'LambdaAsyncFailureDestination',
          'Asynchronous invocations that fail every retry go to the dead-letter queue of the function (DeadLetterConfig).',
          'Serverless',
        );
      }
      this.functions.set(declaration.name, fn);
    }
  }

  /**
   * Every function gets one: whatever invokes it asynchronously (a schedule, an `Event` request
   * of a resolver), an event that fails every retry is kept here, with its error, for two weeks
   * instead of being dropped (an alarm watches its depth).
   */
  private deadLetterQueue(name: string): Queue {
    const queue = new Queue(this, `${name}DeadLetters`, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const reason = `The dead-letter queue of function ${name}: nothing consumes it, so it needs none of its own.`;
    acknowledge(queue, 'SQS3', reason);
    acknowledge(queue, 'SQSRedrivePolicy', reason, 'Serverless');
    this.deadLetterQueues.set(name, queue);
    return queue;
  }

  get(name: string): LambdaFunction {
    const fn = this.functions.get(name);
    if (!fn) throw new Error(`Lambda function "${name}" is not declared; declared functions: ${[...this.functions.keys()].join(', ')}`);
    return fn;
  }
}
