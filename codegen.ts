/**
 * `npm run codegen`: types generated from the schemas, checked in and kept fresh by
 * test/federation/codegen.test.ts.
 *   sdk/src/generated/client.ts           the SDK's operations for front ends (sdk/operations/client/), and
 *   sdk/src/generated/backend.ts          its IAM-only ones (sdk/operations/backend/): each a typed DocumentNode
 *                                         with its documented error types, checked against the Merged API schema
 *   resolvers/<source>/types.generated.ts the types of one source API's schema, for its resolvers
 * AppSync's scalars are strings on the wire, except AWSTimestamp (seconds, a number).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { videoshopsApi } from './model/videoshops.ts';
import { typedDocuments } from './sdk/codegen/typed-documents.ts';

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

const TYPED_DOCUMENTS = 'videoshops-typed-documents';

/** One SDK entry's operations, with the fragments they share. */
const sdkOperations = (operations: string) => ({
  schema: [MERGED_SCHEMA, BUILTINS],
  documents: ['sdk/operations/fragments/*.graphql', `sdk/operations/${operations}/*.graphql`],
  plugins: ['typescript-operations', TYPED_DOCUMENTS],
  config: { ...common, documentTypeImport: '../document.js#OperationDocument' },
});

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  pluginLoader: (name) => (name === TYPED_DOCUMENTS ? typedDocuments : import(name)),
  generates: {
    'sdk/src/generated/client.ts': sdkOperations('client'),
    'sdk/src/generated/backend.ts': sdkOperations('backend'),
    ...Object.fromEntries(
      videoshopsApi.sourceApis.map((source) => [
        `${source.resolverDir}/types.generated.ts`,
        { schema: [...source.schemaFiles, BUILTINS], plugins: ['typescript', 'typescript-resolvers'], config: common },
      ]),
    ),
  },
};

export default config;
