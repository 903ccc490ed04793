/**
 * `npm run codegen`: types generated from the schemas, checked in and kept fresh by
 * test/federation/codegen.test.ts.
 *   sdk/generated/                        the client SDK: every operation of sdk/operations/ as a typed
 *                                         document, checked against the Merged API schema (the public endpoint)
 *   resolvers/<source>/types.generated.ts the types of one source API's schema, for its resolvers
 * AppSync's scalars are strings on the wire, except AWSTimestamp (seconds, a number).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { videoshopsApi } from './model/videoshops.ts';

const BUILTINS = 'schema/appsync-builtins.graphql';
const MERGED_SCHEMA = 'schema/merged.graphql';

const scalars = {
  AWSDate: 'string',
  AWSTime: 'string',
  AWSDateTime: 'string',
  AWSTimestamp: 'number',
  AWSEmail: 'string',
  AWSJSON: 'string',
  AWSURL: 'string',
  AWSPhone: 'string',
  AWSIPAddress: 'string',
};
const common = { scalars, strictScalars: true, enumsAsTypes: true, useTypeImports: true };

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'sdk/generated/': {
      schema: [MERGED_SCHEMA, BUILTINS],
      documents: ['sdk/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { ...common, documentMode: 'string' },
    },
    ...Object.fromEntries(
      videoshopsApi.sourceApis.map((source) => [
        `${source.resolverDir}/types.generated.ts`,
        { schema: [...source.schemaFiles, BUILTINS], plugins: ['typescript', 'typescript-resolvers'], config: common },
      ]),
    ),
  },
};

export default config;
