import type { ResolverDeclaration, SourceApiDeclaration } from '../declaration.ts';

const READ = 'RecommendationsRead';
const WRITE = 'Recommendations';
const CATALOG = 'ShopsCatalog';

const unit = (typeName: string, fieldName: string, dataSource: string): ResolverDeclaration => ({ typeName, fieldName, dataSource });
const pipeline = (typeName: string, fieldName: string, functions: string[]): ResolverDeclaration => ({
  typeName,
  fieldName,
  pipeline: functions,
});

/**
 * recommendations: a shop's product recommendations and the shop feed. The feed reads its page
 * from the Recommendations table and the page's products and brands from the Shops table, in
 * one BatchGetItem, through one read-only data source granted both tables.
 */
export const recommendationsApi: SourceApiDeclaration = {
  name: 'recommendations',
  schemaFiles: ['schema/shared/money.graphql', 'schema/recommendations/recommendations.graphql'],
  resolverDir: 'resolvers/recommendations',
  dataSources: [
    {
      name: READ,
      type: 'AMAZON_DYNAMODB',
      table: 'Recommendations',
      otherTables: ['Shops'],
      readOnly: true,
      description: 'Reads of the Recommendations table, and batches of products and brands from the Shops table',
    },
    { name: WRITE, type: 'AMAZON_DYNAMODB', table: 'Recommendations', description: 'Writes to the Recommendations table' },
    { name: CATALOG, type: 'AMAZON_DYNAMODB', table: 'Shops', readOnly: true, description: 'Reads of shops and products' },
  ],
  functions: [
    { name: 'queryShopFeed', dataSource: READ },
    { name: 'getFeedProducts', dataSource: READ },
    { name: 'getShopAndProduct', dataSource: CATALOG },
    { name: 'insertRecommendation', dataSource: WRITE },
  ],
  resolvers: [
    pipeline('Query', 'recommendations', ['queryShopFeed', 'getFeedProducts']),
    pipeline('Shop', 'recommendations', ['queryShopFeed', 'getFeedProducts']),
    pipeline('Mutation', 'recommendProduct', ['getShopAndProduct', 'insertRecommendation']),
    unit('Mutation', 'removeRecommendation', WRITE),
    unit('Recommendation', 'product', CATALOG),
  ],
};
