import path from 'node:path';
import type { ApiDeclaration } from '../../model/declaration.ts';

const dir = path.relative(path.resolve(import.meta.dirname, '../..'), path.join(import.meta.dirname, 'api'));
const fields = [
  'ok',
  'hostErrorThroughRejection',
  'proxyAcrossTheBridge',
  'stackTrace',
  'regexWrite',
  'regexRead',
  'runaway',
  'catastrophicPattern',
  'memoryHog',
  'unhandledRejection',
];

/** An API whose resolvers attack the sandbox; served only by the escape suite. */
export const escapeApi: ApiDeclaration = {
  name: 'escapes',
  authorization: { defaultMode: 'API_KEY' },
  tables: [],
  sourceApis: [
    {
      name: 'escapes',
      schemaFiles: [`${dir}/schema.graphql`],
      resolverDir: `${dir}/resolvers`,
      dataSources: [{ name: 'None', type: 'NONE' }],
      resolvers: fields.map((fieldName) => ({ typeName: 'Query', fieldName, dataSource: 'None' })),
      functions: [],
    },
  ],
};
