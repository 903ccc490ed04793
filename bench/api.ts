import { DEFAULT_AUTHORIZATION, type ApiDeclaration } from '../model/declaration.ts';

/** The benchmark's API: npm start's authorization modes, three JS resolvers on NONE. */
export const benchApi: ApiDeclaration = {
  name: 'bench',
  authorization: DEFAULT_AUTHORIZATION,
  tables: [],
  sourceApis: [
    {
      name: 'bench',
      schemaFiles: ['bench/schema.graphql'],
      resolverDir: 'bench/resolvers',
      dataSources: [{ name: 'None', type: 'NONE' }],
      functions: [],
      resolvers: ['first', 'second', 'third'].map((fieldName) => ({ typeName: 'Query', fieldName, dataSource: 'None' })),
    },
  ],
};

/** The query the HTTP benchmark sends: three fields, three resolvers. */
export const BENCH_QUERY =
  'query Three($id: ID!) { first(id: $id) { id name price } second(id: $id) { id name price } third(id: $id) { id name price } }';
export const BENCH_VARIABLES = { id: 'p-1' };

/** The same fields as plain graphql-js resolvers (root-value functions get the field's arguments). */
const item = ({ id }: { id: string }) => ({ id, name: `Item ${id}`, price: 1250 });
export const plainRootValue = { first: item, second: item, third: item };
