import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleLambda, LAMBDA_BUNDLE_FILE } from '../../model/bundle/lambdas.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { videoshopsApi } from '../../model/videoshops.ts';
import { readSchemaSdl } from '../../model/schema/appsync-schema.ts';
import { composeMergedSchema } from '../../model/federation/compose.ts';
import { DEFAULT_AUTHORIZATION } from '../../model/declaration.ts';
import { startLocalRuntime, type LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { tablePrefix } from '../../model/table-names.ts';
import { comparableServedApi, type ComparableApi } from './support/comparable-api.ts';
import { assetFileResolver, deployedApis } from './support/deployed-api.ts';
import { synthesizeApiStack, type SynthesizedStack } from './support/synthesize.ts';

// The fixture deploys to dev and test only (infra/deployed-apis.ts); the product is compared in prod.
for (const [api, stage] of [
  [fixtureApi, 'dev'],
  [videoshopsApi, 'prod'],
] as const) {
  describe(`The synthesized CloudFormation (${stage}) and the local runtime serve the same ${api.name} API`, () => {
    let synth: SynthesizedStack;
    let runtime: LocalRuntime;
    let deployed: ComparableApi[];
    let served: ComparableApi[];
    const only = (apis: ComparableApi[], name: string) => apis.find((a) => a.name === name)!;

    beforeAll(async () => {
      // Prepare
      synth = synthesizeApiStack(api, stage);
      runtime = await startLocalRuntime({
        api,
        port: 0,
        dynamoDbEndpoint: inject('dynamoDbEndpoint'),
        // The stage's table names, which its resolver bundles carry.
        tablePrefix: tablePrefix(api, stage),
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

    describe('the Merged API', () => {
      type Resource = { Type: string; Properties: Record<string, any> };
      const resources = () => Object.entries(synth.artifact.template.Resources as Record<string, Resource>);
      const logicalId = (construct: { node: { defaultChild?: unknown } }) => synth.stack.getLogicalId(construct.node.defaultChild as never);
      const sourceApiOf = (id: string) => [...synth.stack.sourceApis].find(([, s]) => logicalId(s.graphqlApi) === id)?.[0] ?? id;

      it('deploys it over every source API the runtime merges, each associated with AUTO_MERGE', () => {
        // Act
        const mergedId = logicalId(synth.stack.mergedApi.graphqlApi);
        const associations = resources()
          .filter(
            ([, r]) => r.Type === 'AWS::AppSync::SourceApiAssociation' && r.Properties.MergedApiIdentifier['Fn::GetAtt'][0] === mergedId,
          )
          .map(([, r]) => ({
            name: sourceApiOf(r.Properties.SourceApiIdentifier['Fn::GetAtt'][0]),
            mergeType: r.Properties.SourceApiAssociationConfig.MergeType,
          }));
        // Assess
        const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
        expect(associations.sort(byName)).toEqual([...runtime.mergedApi().sourceApis].sort(byName));
      });

      it('merges the deployed schemas and resolvers into the schema and resolvers the runtime serves at /graphql', () => {
        // Act: compose what the template deploys, as AppSync merges it.
        const inputs = [...synth.stack.sourceApis].map(([name, source]) => {
          const id = logicalId(source.graphqlApi);
          const belongs = ([, r]: [string, Resource]) => r.Properties.ApiId?.['Fn::GetAtt']?.[0] === id;
          const ofType = (type: string) =>
            resources()
              .filter(([, r]) => r.Type === type)
              .filter(belongs);
          return {
            name,
            files: ofType('AWS::AppSync::GraphQLSchema').map(([schemaId, r]) => ({
              path: schemaId,
              sdl: r.Properties.Definition as string,
            })),
            resolvers: ofType('AWS::AppSync::Resolver').map(([, r]) => ({
              typeName: r.Properties.TypeName as string,
              fieldName: r.Properties.FieldName as string,
            })),
          };
        });
        const merged = composeMergedSchema(inputs);
        // Assess
        const servedApi = runtime.mergedApi();
        expect(merged.sdl).toBe(servedApi.sdl);
        expect(Object.fromEntries([...merged.resolvers].map(([field, r]) => [field, `${r.source}/${r.typeName}.${r.fieldName}`]))).toEqual(
          Object.fromEntries(servedApi.resolvers.map((r) => [r.field, `${r.sourceApi}/${r.sourceField}`])),
        );
      });

      it("authorizes with the declaration's modes, as the runtime's /graphql does", () => {
        // Prepare
        const { defaultMode, additionalModes = [] } = api.authorization ?? DEFAULT_AUTHORIZATION;
        // Act
        const merged = Object.fromEntries(resources())[logicalId(synth.stack.mergedApi.graphqlApi)]!;
        // Assess
        expect(merged.Properties.AuthenticationType).toBe(defaultMode);
        expect(
          (merged.Properties.AdditionalAuthenticationProviders ?? []).map((p: { AuthenticationType: string }) => p.AuthenticationType),
        ).toEqual(additionalModes);
      });
    });

    it('deploys each state machine with the definition the runtime runs, the same after substitution', () => {
      // Act
      type Properties = Record<string, any>;
      const resources = synth.artifact.template.Resources as Record<string, { Type: string; Properties: Properties }>;
      const functionNameOf = (logicalId: string) =>
        [...synth.stack.lambdaFunctions.functions].find(
          ([, fn]) => synth.stack.getLogicalId(fn.node.defaultChild as never) === logicalId,
        )![0];
      const localArnOf = (name: string) => runtime.lambdas.get(name).arn;
      const deployed = Object.values(resources)
        .filter((r) => r.Type === 'AWS::StepFunctions::StateMachine')
        .map((r) => {
          // DefinitionBody.fromFile uploads the ASL file as an asset.
          let text = readFileSync(assetFileResolver(synth)(`s3://bucket/${r.Properties.DefinitionS3Location.Key}`), 'utf8');
          for (const [key, value] of Object.entries(r.Properties.DefinitionSubstitutions ?? {})) {
            text = text.split(`\${${key}}`).join(localArnOf(functionNameOf((value as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0])));
          }
          return { name: r.Properties.StateMachineName, definition: JSON.parse(text) };
        });
      const served = [...runtime.stepFunctions.executions.machines.values()].map((m) => ({ name: m.name, definition: m.definition }));
      // Assess
      expect(deployed.map((d) => d.definition)).toEqual(served.map((m) => m.definition));
      expect(deployed).toHaveLength(api.stateMachines?.length ?? 0);
    });

    it('deploys every Lambda function with the bundle the runtime runs, byte for byte', async () => {
      // Prepare
      const workDir = await mkdtemp(path.join(tmpdir(), 'drift-lambda-'));
      try {
        const assetDir = assetFileResolver(synth);
        for (const fn of api.lambdaFunctions ?? []) {
          // Act
          const cfn =
            synth.artifact.template.Resources[
              synth.stack.getLogicalId(synth.stack.lambdaFunctions.get(fn.name).node.defaultChild as never)
            ];
          const deployed = readFileSync(path.join(assetDir(`s3://bucket/${cfn.Properties.Code.S3Key}`), LAMBDA_BUNDLE_FILE));
          const local = await readFile(await bundleLambda(fn.entry, path.join(workDir, fn.name)));
          // Assess
          expect(deployed.equals(local), `${fn.name}'s deployed bundle differs from the local one`).toBe(true);
        }
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    });

    it('deploys the user pool the runtime’s pool follows: e-mail as username, self sign-up, groups, password policy, MFA and who must use it, the app client’s flows', () => {
      // Act
      type Properties = Record<string, any>;
      const ofType = (type: string): Properties[] =>
        Object.values(synth.artifact.template.Resources as Record<string, { Type: string; Properties: Properties }>)
          .filter((r) => r.Type === type)
          .map((r) => r.Properties);
      const [pool] = ofType('AWS::Cognito::UserPool');
      const [client] = ofType('AWS::Cognito::UserPoolClient');
      const policy = pool!.Policies.PasswordPolicy;
      const deployedPool = {
        username_attributes: pool!.UsernameAttributes,
        alias_attributes: pool!.AliasAttributes,
        self_sign_up: !pool!.AdminCreateUserConfig.AllowAdminCreateUserOnly,
        groups: ofType('AWS::Cognito::UserPoolGroup').map((g) => ({ [g.GroupName]: { precedence: g.Precedence } })),
        password_policy: {
          min_length: policy.MinimumLength,
          require_lowercase: policy.RequireLowercase,
          require_numbers: policy.RequireNumbers,
          require_symbols: policy.RequireSymbols,
          require_uppercase: policy.RequireUppercase,
        },
        mfa_configuration: { OFF: 'NONE', OPTIONAL: 'OPTIONAL' }[pool!.MfaConfiguration as string],
        mfa_methods: pool!.EnabledMfas && (pool!.EnabledMfas as string[]).map((m) => ({ SOFTWARE_TOKEN_MFA: 'TOTP' })[m]),
        // The pre token generation trigger's groups: who gets no tokens without TOTP.
        second_factor_required_of: pool!.LambdaConfig?.PreTokenGeneration
          ? (
              ofType('AWS::Lambda::Function').find((fn) => fn.Environment?.Variables?.SECOND_FACTOR_GROUPS !== undefined)!.Environment
                .Variables.SECOND_FACTOR_GROUPS as string
            ).split(',')
          : [],
        // CDK always adds refresh, which the local pool always allows.
        auth_flows: (client!.ExplicitAuthFlows as string[])
          .filter((flow) => flow !== 'ALLOW_REFRESH_TOKEN_AUTH')
          .map((flow) => flow.replace(/^ALLOW_/, ''))
          .sort(),
        prevent_user_existence_errors: client!.PreventUserExistenceErrors === 'ENABLED',
      };
      // What the runtime tells front ends (amplify_outputs.json) and how its pool's app client behaves.
      const outputs = runtime.auth.amplifyOutputsAuth();
      const { selfSignUp, appClient, secondFactorRequiredOf } = runtime.auth.userPool.declaration;
      const servedPool = {
        username_attributes: outputs.username_attributes,
        alias_attributes: undefined,
        self_sign_up: selfSignUp,
        groups: outputs.groups,
        password_policy: outputs.password_policy,
        mfa_configuration: outputs.mfa_configuration,
        mfa_methods: outputs.mfa_methods,
        second_factor_required_of: secondFactorRequiredOf,
        auth_flows: [...appClient.authFlows].sort(),
        prevent_user_existence_errors: appClient.preventUserExistenceErrors,
      };
      // Assess
      expect(deployedPool).toEqual(servedPool);
    });

    it('deploys every function with the variables it has locally, Powertools’ service name and metrics namespace among them', () => {
      for (const fn of api.lambdaFunctions ?? []) {
        // Act
        const variables = (synth.artifact.template.Resources[
          synth.stack.getLogicalId(synth.stack.lambdaFunctions.get(fn.name).node.defaultChild as never)
        ].Properties.Environment?.Variables ?? {}) as Record<string, unknown>;
        // Assess
        expect(variables).toMatchObject(fn.environment ?? {});
        if (fn.entry.startsWith('lambdas/'))
          expect(Object.keys(variables)).toEqual(expect.arrayContaining(['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_METRICS_NAMESPACE']));
      }
    });

    it(`writes ${stage}'s table names into the resolver code it deploys`, () => {
      // Act
      const names = Object.values(synth.artifact.template.Resources as Record<string, any>)
        .filter((r) => r.Type === 'AWS::AppSync::FunctionConfiguration' || r.Type === 'AWS::AppSync::Resolver')
        .filter((r) => r.Properties.CodeS3Location)
        .flatMap(
          (r) =>
            readFileSync(assetFileResolver(synth)(r.Properties.CodeS3Location), 'utf8').match(/"[\w.-]+-(dev|test|prod|local)-\w+"/g) ?? [],
        );
      // Assess
      const expected = api.tables.map((t) => `"${tablePrefix(api, stage)}${t.name}"`);
      expect(new Set(names)).toEqual(new Set(api === videoshopsApi ? expected : []));
    });

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
