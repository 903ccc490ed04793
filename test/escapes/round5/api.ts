import path from 'node:path';
import type { ApiDeclaration } from '../../../model/declaration.ts';

const dir = path.relative(path.resolve(import.meta.dirname, '../../..'), path.join(import.meta.dirname, 'api'));

/** Round 5: an API with an AWSJSON argument that its resolver echoes. */
export const round5Api: ApiDeclaration = {
  name: 'round5',
  authorization: { defaultMode: 'API_KEY' },
  tables: [],
  sourceApis: [
    {
      name: 'round5',
      schemaFiles: [`${dir}/schema.graphql`],
      resolverDir: `${dir}/resolvers`,
      dataSources: [{ name: 'None', type: 'NONE' }],
      resolvers: ['ok', 'echo'].map((fieldName) => ({ typeName: 'Query', fieldName, dataSource: 'None' })),
      functions: [],
    },
  ],
};
