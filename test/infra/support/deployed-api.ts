import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { AssetManifestArtifact } from 'aws-cdk-lib/cx-api';
import type { KeyAttribute, KeyType, TableDeclaration } from '../../../model/declaration.ts';
import { comparableApi, sha256, type ComparableApi } from './comparable-api.ts';
import type { SynthesizedStack } from './synthesize.ts';

type Resource = { Type: string; Properties?: Record<string, any> };

/**
 * What the synthesized cloud assembly deploys, read from the CloudFormation template and the
 * asset manifest only. The stack's constructs are used just to turn logical ids back into
 * declared names; every fact (wiring, keys, permissions, code bytes) comes from the template.
 */
export function deployedApis(synth: SynthesizedStack): ComparableApi[] {
  const resources: Record<string, Resource> = synth.artifact.template.Resources;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const assetFile = assetFileResolver(synth);
  const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
    Stack.of(synth.stack).getLogicalId(construct.node.defaultChild as never);

  const tableNames = new Map(synth.stack.tables.names.map((name) => [logicalId(synth.stack.tables.get(name)), name]));
  const apiNames = new Map([...synth.stack.sourceApis].map(([name, source]) => [logicalId(source.graphqlApi), name]));
  const lambdaNames = new Map([...synth.stack.lambdaFunctions.functions].map(([name, fn]) => [logicalId(fn), name]));
  const codeSha256 = (location: unknown) => (location === undefined ? null : sha256(readFileSync(assetFile(location))));

  // The Merged API (ApiType MERGED) has no data sources or resolvers of its own: see drift.test.ts.
  return ofType('AWS::AppSync::GraphQLApi')
    .filter(([, r]) => r.Properties?.ApiType !== 'MERGED')
    .map(([apiId]) => {
      const name = apiNames.get(apiId);
      if (!name) throw new Error(`GraphQL API ${apiId} is not one of the declared source APIs`);
      const belongs = ([, r]: [string, Resource]) => getAttTarget(r.Properties?.ApiId) === apiId;
      const dataSources = ofType('AWS::AppSync::DataSource').filter(belongs);
      const functions = ofType('AWS::AppSync::FunctionConfiguration').filter(belongs);
      const functionNames = new Map(functions.map(([id, r]) => [id, r.Properties!.Name as string]));

      const reachableTables = new Set(
        dataSources
          .filter(([, r]) => r.Properties!.Type === 'AMAZON_DYNAMODB')
          .flatMap(([, r]) => [refTarget(r.Properties!.DynamoDBConfig.TableName), ...tablesGrantedTo(resources, r)]),
      );

      return comparableApi({
        name,
        dataSources: dataSources.map(([, r]) => ({
          name: r.Properties!.Name,
          type: r.Properties!.Type,
          table: r.Properties!.DynamoDBConfig ? tableNames.get(refTarget(r.Properties!.DynamoDBConfig.TableName)) : undefined,
          function: r.Properties!.LambdaConfig
            ? lambdaNames.get(getAttTarget(r.Properties!.LambdaConfig.LambdaFunctionArn) ?? '')
            : undefined,
        })),
        functions: functions.map(([, r]) => ({
          name: r.Properties!.Name,
          dataSource: r.Properties!.DataSourceName,
          codeSha256: sha256(readFileSync(assetFile(r.Properties!.CodeS3Location))),
          maxBatchSize: r.Properties!.MaxBatchSize,
        })),
        resolvers: ofType('AWS::AppSync::Resolver')
          .filter(belongs)
          .map(([, r]) => ({
            typeName: r.Properties!.TypeName,
            fieldName: r.Properties!.FieldName,
            kind: r.Properties!.Kind,
            dataSource: r.Properties!.DataSourceName,
            functions: (r.Properties!.PipelineConfig?.Functions ?? []).map(
              (fn: unknown) => functionNames.get(getAttTarget(fn) ?? '') ?? `not a function of this API: ${JSON.stringify(fn)}`,
            ),
            codeSha256: codeSha256(r.Properties!.CodeS3Location),
            maxBatchSize: r.Properties!.MaxBatchSize,
          })),
        tables: [...reachableTables].map((id) => tableDeclaration(tableNames.get(id) ?? id, resources[id]!)),
      });
    });
}

/** `s3://bucket/<key>` in the template → the staged file the asset manifest uploads to that key. */
export function assetFileResolver({ artifact, assembly }: SynthesizedStack): (codeS3Location: unknown) => string {
  const files = new Map<string, string>();
  for (const manifest of artifact.dependencies.filter(AssetManifestArtifact.isAssetManifestArtifact)) {
    for (const asset of Object.values(manifest.contents.files ?? {})) {
      for (const destination of Object.values(asset.destinations)) {
        files.set(destination.objectKey, path.resolve(assembly.directory, asset.source.path!));
      }
    }
  }
  return (location) => {
    const key = typeof location === 'string' ? /^s3:\/\/[^/]+\/(.+)$/.exec(location)?.[1] : undefined;
    const file = key && files.get(key);
    if (!file) throw new Error(`No asset in the manifest is uploaded to ${JSON.stringify(location)}`);
    return file;
  };
}

/** Tables whose ARN appears in the IAM policies of the data source's service role. */
function tablesGrantedTo(resources: Record<string, Resource>, dataSource: Resource): string[] {
  const role = getAttTarget(dataSource.Properties!.ServiceRoleArn);
  const policies = Object.values(resources).filter(
    (r) => r.Type === 'AWS::IAM::Policy' && (r.Properties!.Roles as unknown[]).some((ref) => refTarget(ref) === role),
  );
  const referenced = new Set<string>();
  collectGetAtts(
    policies.map((p) => p.Properties!.PolicyDocument),
    referenced,
  );
  return [...referenced].filter((id) => resources[id]?.Type === 'AWS::DynamoDB::Table');
}

function collectGetAtts(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectGetAtts(v, into));
  else if (value && typeof value === 'object') {
    const target = getAttTarget(value);
    if (target) into.add(target);
    else Object.values(value).forEach((v) => collectGetAtts(v, into));
  }
}

export function tableDeclaration(name: string, table: Resource): TableDeclaration {
  const props = table.Properties!;
  const types = new Map<string, KeyType>(props.AttributeDefinitions.map((a: any) => [a.AttributeName, a.AttributeType]));
  const key = (schema: { AttributeName: string; KeyType: string }[], role: 'HASH' | 'RANGE'): KeyAttribute | undefined => {
    const attribute = schema.find((k) => k.KeyType === role)?.AttributeName;
    return attribute === undefined ? undefined : { name: attribute, type: types.get(attribute)! };
  };
  return {
    name,
    partitionKey: key(props.KeySchema, 'HASH')!,
    sortKey: key(props.KeySchema, 'RANGE'),
    globalSecondaryIndexes: (props.GlobalSecondaryIndexes ?? []).map((index: any) => ({
      name: index.IndexName,
      partitionKey: key(index.KeySchema, 'HASH')!,
      sortKey: key(index.KeySchema, 'RANGE'),
      projection: index.Projection.ProjectionType === 'INCLUDE' ? index.Projection.NonKeyAttributes : index.Projection.ProjectionType,
    })),
    timeToLiveAttribute: props.TimeToLiveSpecification?.Enabled ? props.TimeToLiveSpecification.AttributeName : undefined,
  };
}

function getAttTarget(value: unknown): string | undefined {
  const getAtt = (value as { 'Fn::GetAtt'?: [string, string] } | undefined)?.['Fn::GetAtt'];
  return Array.isArray(getAtt) ? getAtt[0] : undefined;
}

function refTarget(value: unknown): string {
  const ref = (value as { Ref?: string } | undefined)?.Ref;
  if (typeof ref !== 'string') throw new Error(`Expected a Ref, got ${JSON.stringify(value)}`);
  return ref;
}
