import type { LambdaFunctionDeclaration, ResolverDeclaration, SourceApiDeclaration } from '../declaration.ts';

const READ = 'ShopsRead';
const WRITE = 'Shops';
const USERS = 'UserDirectory';

const unit = (typeName: string, fieldName: string, dataSource: string): ResolverDeclaration => ({ typeName, fieldName, dataSource });
const pipeline = (typeName: string, fieldName: string, functions: string[]): ResolverDeclaration => ({
  typeName,
  fieldName,
  pipeline: functions,
});

/**
 * shops: creators, shops, brands, products and inventory. Reads run on a read-only data source;
 * writes on one that may also write. Ownership reads (authorize*) use the read-only one too.
 */
export const shopsApi: SourceApiDeclaration = {
  name: 'shops',
  schemaFiles: ['schema/shared/money.graphql', 'schema/shops/shops.graphql'],
  resolverDir: 'resolvers/shops',
  dataSources: [
    { name: READ, type: 'AMAZON_DYNAMODB', table: 'Shops', readOnly: true, description: 'Reads of the Shops table' },
    { name: WRITE, type: 'AMAZON_DYNAMODB', table: 'Shops', description: 'Writes to the Shops table' },
    { name: USERS, type: 'AWS_LAMBDA', function: 'userDirectory', description: 'Group membership of users, from the user pool' },
  ],
  functions: [
    { name: 'getSlugClaim', dataSource: READ },
    { name: 'getShopWithCreator', dataSource: READ },
    { name: 'getCallerProfile', dataSource: READ },
    { name: 'getShopOfProfile', dataSource: READ },
    { name: 'authorizeShopOwner', dataSource: READ },
    { name: 'authorizeBrandOwner', dataSource: READ },
    { name: 'authorizeProductOwner', dataSource: READ },
    { name: 'getOwnerGroups', dataSource: USERS },
    { name: 'insertBrand', dataSource: WRITE },
    { name: 'insertShop', dataSource: WRITE },
    { name: 'saveShop', dataSource: WRITE },
    { name: 'insertProduct', dataSource: WRITE },
    { name: 'saveProduct', dataSource: WRITE },
    { name: 'applyInventoryDelta', dataSource: WRITE },
  ],
  resolvers: [
    unit('Query', 'me', READ),
    unit('Query', 'shop', READ),
    pipeline('Query', 'shopBySlug', ['getSlugClaim', 'getShopWithCreator']),
    pipeline('Query', 'myShop', ['getCallerProfile', 'getShopOfProfile']),
    unit('Query', 'creator', READ),
    unit('Query', 'brand', READ),
    unit('Query', 'product', READ),
    unit('Query', 'products', READ),

    unit('Mutation', 'createCreatorProfile', WRITE),
    unit('Mutation', 'updateProfile', WRITE),
    pipeline('Mutation', 'createBrand', ['getOwnerGroups', 'insertBrand']),
    pipeline('Mutation', 'createShop', ['getCallerProfile', 'insertShop']),
    pipeline('Mutation', 'updateShop', ['authorizeShopOwner', 'saveShop']),
    pipeline('Mutation', 'createProduct', ['authorizeBrandOwner', 'insertProduct']),
    pipeline('Mutation', 'updateProduct', ['authorizeProductOwner', 'saveProduct']),
    pipeline('Mutation', 'updateInventory', ['authorizeProductOwner', 'applyInventoryDelta']),

    unit('Me', 'shop', READ),
    unit('Me', 'brands', READ),
    unit('Creator', 'shop', READ),
    unit('Shop', 'creator', READ),
    unit('Brand', 'products', READ),
    unit('Product', 'brand', READ),
  ],
};

/** `userDirectory`, behind the UserDirectory data source: reads who is in which group of the user pool. */
export const shopsFunctions: LambdaFunctionDeclaration[] = [
  { name: 'userDirectory', entry: 'lambdas/user-directory.ts', memorySize: 256, timeout: 10, userPoolActions: ['AdminListGroupsForUser'] },
];
