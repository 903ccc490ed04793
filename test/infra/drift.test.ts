import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { videoshopsApi } from '../../infra/videoshops.ts';
import { readSchemaSdl } from '../../local/graphql/schema.ts';
import { startLocalRuntime, type LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../fixture/api.ts';
import { comparableServedApi, type ComparableApi } from './support/comparable-api.ts';
import { assetFileResolver, deployedApis } from './support/deployed-api.ts';
import { synthesizeApiStack, type SynthesizedStack } from './support/synthesize.ts';

for (const api of [fixtureApi, videoshopsApi]) {
  describe(`The synthesized CloudFormation and the local runtime serve the same ${api.name} API`, () => {
    let synth: SynthesizedStack;
    let runtime: LocalRuntime;
    let deployed: ComparableApi[];
    let served: ComparableApi[];
    const only = (apis: ComparableApi[], name: string) => apis.find((a) => a.name === name)!;

    beforeAll(async () => {
      // Prepare
      synth = synthesizeApiStack(api);
      runtime = await startLocalRuntime({
        api,
        port: 0,
        dynamoDbEndpoint: inject('dynamoDbEndpoint'),
        tablePrefix: `drift-${randomUUID().slice(0, 8)}-`,
      });
      // Act
      deployed = deployedApis(synth);
      served = runtime.served().map(comparableServedApi);
    });

    afterAll(async () => {
      await runtime?.stop();
      synth?.remove();
    });

    it('deploys one GraphQL API for each source API the runtime serves', () => {
      // Assess
      expect(deployed.map((a) => a.name).sort()).toEqual(served.map((a) => a.name).sort());
      expect(served).toHaveLength(api.sourceApis.length);
    });

    it('compares every declared resolver and function, not an empty list', () => {
      // Prepare
      const declared = api.sourceApis.flatMap((s) => [...s.resolvers, ...s.functions]).length;
      // Act
      const compared = deployed.flatMap((a) => [...a.resolvers, ...a.functions]).length;
      // Assess
      expect(compared).toBe(declared);
    });

    for (const source of api.sourceApis) {
      it(`deploys the data sources ${source.name} serves, with the same types and targets`, () => {
        // Assess
        expect(only(deployed, source.name).dataSources).toEqual(only(served, source.name).dataSources);
      });

      it(`deploys the pipeline functions ${source.name} serves, on the same data sources, with byte-identical code`, () => {
        // Assess
        expect(only(deployed, source.name).functions).toEqual(only(served, source.name).functions);
      });

      it(`deploys the resolvers ${source.name} serves, of the same kind and wiring, with byte-identical code`, () => {
        // Assess
        expect(only(deployed, source.name).resolvers).toEqual(only(served, source.name).resolvers);
      });

      it(`deploys the tables ${source.name} reaches with the keys, indexes and TTL the runtime created`, () => {
        // Assess
        expect(only(deployed, source.name).tables).toEqual(only(served, source.name).tables);
      });

      it(`deploys for ${source.name} exactly the SDL the runtime builds its schema from`, () => {
        // Prepare
        const apiId = synth.stack.getLogicalId(synth.stack.sourceApis.get(source.name)!.graphqlApi.node.defaultChild as never);
        // Act
        const deployedSdl = Object.values(synth.artifact.template.Resources as Record<string, any>)
          .filter((r) => r.Type === 'AWS::AppSync::GraphQLSchema' && r.Properties.ApiId['Fn::GetAtt'][0] === apiId)
          .map((r) => r.Properties.Definition);
        // Assess
        expect(deployedSdl).toEqual([readSchemaSdl(source.schemaFiles)]);
      });
    }

    if (api === fixtureApi) {
      it('reports drift when one deployed resolver bundle differs from the runtime code by a single byte', () => {
        // Prepare
        const [resolver] = Object.values(synth.artifact.template.Resources as Record<string, any>).filter(
          (r) => r.Type === 'AWS::AppSync::Resolver' && r.Properties.CodeS3Location,
        );
        const file = assetFileResolver(synth)(resolver.Properties.CodeS3Location);
        const original = readFileSync(file);
        writeFileSync(file, Buffer.concat([original, Buffer.from('\n')]));
        try {
          // Act
          const tampered = deployedApis(synth);
          // Assess
          expect(tampered).not.toEqual(served);
        } finally {
          writeFileSync(file, original);
        }
      });
    }
  });
}

