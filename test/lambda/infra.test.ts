import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDirectLambda, isPipeline, tableEnvName, type ResolverDeclaration } from '../../model/declaration.ts';
import { bundleLambda, LAMBDA_BUNDLE_FILE } from '../../model/bundle/lambdas.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { assetFileResolver } from '../infra/support/deployed-api.ts';
import { synthesizeApiStack, type SynthesizedStack } from '../infra/support/synthesize.ts';

type Resource = { Type: string; Properties: Record<string, any> };

const source = fixtureApi.sourceApis[0]!;
const functions = fixtureApi.lambdaFunctions!;

describe('The CDK stack of an API with Lambda data sources', () => {
  let synth: SynthesizedStack;
  let resources: Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const logicalId = (construct: { node: { defaultChild?: unknown } }) => synth.stack.getLogicalId(construct.node.defaultChild as never);
  const fnId = (name: string) => logicalId(synth.stack.lambdaFunctions.get(name));

  beforeAll(() => {
    synth = synthesizeApiStack(fixtureApi);
    resources = synth.artifact.template.Resources;
  });
  afterAll(() => synth?.remove());

  it('deploys each declared function on nodejs22.x with its handler, memory, timeout and environment', () => {
    for (const fn of functions) {
      // Act
      const props = resources[fnId(fn.name)]!.Properties;
      // Assess
      expect(props).toMatchObject({
        Runtime: 'nodejs22.x',
        Handler: `index.${fn.handler ?? 'handler'}`,
        MemorySize: fn.memorySize ?? 128,
        Timeout: fn.timeout ?? 3,
      });
      const tables = Object.fromEntries(
        (fn.tables ?? []).map(({ table }) => [tableEnvName(table), { Ref: logicalId(synth.stack.tables.get(table)) }]),
      );
      expect(props.Environment?.Variables ?? {}).toEqual({ ...tables, ...fn.environment });
    }
  });

  it('deploys the bundle the local runtime runs, byte for byte', async () => {
    // Prepare
    const workDir = await mkdtemp(path.join(tmpdir(), 'lambda-drift-'));
    try {
      const assetDir = assetFileResolver(synth);
      for (const fn of functions) {
        // Act: the folder the asset manifest zips and uploads to the function's S3 key
        const { S3Key } = resources[fnId(fn.name)]!.Properties.Code;
        const deployed = readFileSync(path.join(assetDir(`s3://bucket/${S3Key}`), LAMBDA_BUNDLE_FILE));
        const local = await readFile(await bundleLambda(fn.entry, path.join(workDir, fn.name)));
        // Assess
        expect(deployed.equals(local), `${fn.name}'s deployed bundle differs from the local one`).toBe(true);
      }
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });

  it('points each AWS_LAMBDA data source at its function, with a role that may invoke that function only', () => {
    for (const ds of source.dataSources.filter((d) => d.type === 'AWS_LAMBDA')) {
      // Act
      const [, dataSource] = ofType('AWS::AppSync::DataSource').find(([, r]) => r.Properties.Name === ds.name)!;
      const role = dataSource.Properties.ServiceRoleArn['Fn::GetAtt'][0];
      const statements = ofType('AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === role))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
      // Assess
      const arn = { 'Fn::GetAtt': [fnId(ds.function), 'Arn'] };
      expect(dataSource.Properties).toMatchObject({ Type: 'AWS_LAMBDA', LambdaConfig: { LambdaFunctionArn: arn } });
      expect(statements.flatMap((s) => [s.Action].flat())).toEqual(['lambda:InvokeFunction']);
      expect(statements.flatMap((s) => [s.Resource].flat())).toEqual([arn, { 'Fn::Join': ['', [arn, ':*']] }]);
    }
  });

  it('deploys direct Lambda resolvers without code, runtime or templates, and every maxBatchSize declared', () => {
    const unit = source.resolvers.filter((r): r is Exclude<ResolverDeclaration, { pipeline: string[] }> => !isPipeline(r));
    for (const r of unit.filter((r) => isDirectLambda(r) || r.maxBatchSize !== undefined)) {
      // Act
      const [, resolver] = ofType('AWS::AppSync::Resolver').find(
        ([, x]) => x.Properties.TypeName === r.typeName && x.Properties.FieldName === r.fieldName,
      )!;
      // Assess
      expect(resolver.Properties.MaxBatchSize).toBe(r.maxBatchSize);
      if (isDirectLambda(r)) {
        expect(resolver.Properties).toMatchObject({ Kind: 'UNIT', DataSourceName: r.dataSource });
        for (const key of ['Code', 'CodeS3Location', 'Runtime', 'RequestMappingTemplate', 'ResponseMappingTemplate']) {
          expect(resolver.Properties).not.toHaveProperty(key);
        }
      }
    }
  });

  it("deploys the retry count of asynchronous invocations a function declares, and Lambda's default otherwise", () => {
    // Act
    const configs = ofType('AWS::Lambda::EventInvokeConfig').map(([, r]) => r.Properties);
    // Assess
    const declared = functions.filter((fn) => fn.asyncRetryAttempts !== undefined);
    expect(declared.length).toBeGreaterThan(0);
    expect(configs).toHaveLength(declared.length);
    for (const fn of declared) {
      expect(configs).toContainEqual(
        expect.objectContaining({ FunctionName: { Ref: fnId(fn.name) }, MaximumRetryAttempts: fn.asyncRetryAttempts }),
      );
    }
  });

  it('grants a function the item actions on the tables it declares, and nothing of DynamoDB otherwise', () => {
    for (const fn of functions) {
      // Act
      const role = resources[fnId(fn.name)]!.Properties.Role['Fn::GetAtt'][0];
      const statements = ofType('AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === role))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
        .filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
      // Assess
      const granted = statements.flatMap((s) => [s.Resource].flat());
      const declared = (fn.tables ?? []).flatMap(({ table }) => {
        const arn = { 'Fn::GetAtt': [logicalId(synth.stack.tables.get(table)), 'Arn'] };
        const indexes = fixtureApi.tables.find((t) => t.name === table)!.globalSecondaryIndexes ?? [];
        return [arn, ...indexes.map((i) => ({ 'Fn::Join': ['', [arn, `/index/${i.name}`]] }))];
      });
      expect(granted).toEqual(declared);
      for (const s of statements) expect([s.Action].flat().every((a) => !a.includes('*'))).toBe(true);
    }
  });
});
