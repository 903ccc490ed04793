import type { IamGrantDeclaration, ResolverDeclaration, SourceApiDeclaration } from '../declaration.ts';

const READ = 'CommerceRead';
const WRITE = 'Commerce';
const CATALOG = 'ShopsCatalog';
const NONE = 'None';

const unit = (typeName: string, fieldName: string, dataSource: string): ResolverDeclaration => ({ typeName, fieldName, dataSource });
const pipeline = (typeName: string, fieldName: string, functions: string[]): ResolverDeclaration => ({
  typeName,
  fieldName,
  pipeline: functions,
});

/**
 * commerce: orders and their state machine, the earnings ledger with its balances, and the
 * order subscriptions. The order and ledger mutations are IAM only: the checkout workflow and
 * the earnings jobs call them (see `commerceIamGrants`).
 */
export const commerceApi: SourceApiDeclaration = {
  name: 'commerce',
  schemaFiles: ['schema/shared/money.graphql', 'schema/commerce/commerce.graphql'],
  resolverDir: 'resolvers/commerce',
  dataSources: [
    { name: READ, type: 'AMAZON_DYNAMODB', table: 'Commerce', readOnly: true, description: 'Reads of the Commerce table' },
    { name: WRITE, type: 'AMAZON_DYNAMODB', table: 'Commerce', description: 'Orders and ledger transactions on the Commerce table' },
    { name: CATALOG, type: 'AMAZON_DYNAMODB', table: 'Shops', readOnly: true, description: 'Reads of shops and brands, to authorize' },
    { name: NONE, type: 'NONE', description: 'Publish-only mutations and identity-filtered subscriptions' },
  ],
  functions: [
    { name: 'getOrder', dataSource: READ },
    { name: 'getEarningsEntry', dataSource: READ },
    { name: 'queryShopOrders', dataSource: READ },
    { name: 'queryBrandOrders', dataSource: READ },
    { name: 'authorizeShopViewer', dataSource: CATALOG },
    { name: 'authorizeBrandViewer', dataSource: CATALOG },
    { name: 'applyOrderTransition', dataSource: WRITE },
    { name: 'writeCommission', dataSource: WRITE },
    { name: 'applyEarningTransition', dataSource: WRITE },
  ],
  resolvers: [
    unit('Query', 'order', READ),
    unit('Query', 'myOrders', READ),
    pipeline('Query', 'shopOrders', ['authorizeShopViewer', 'queryShopOrders']),
    pipeline('Query', 'brandOrders', ['authorizeBrandViewer', 'queryBrandOrders']),
    unit('Query', 'myEarnings', READ),
    unit('Earnings', 'entries', READ),
    unit('Earnings', 'balances', READ),

    unit('Mutation', 'createOrder', WRITE),
    pipeline('Mutation', 'transitionOrder', ['getOrder', 'applyOrderTransition']),
    pipeline('Mutation', 'recordCommission', ['getOrder', 'writeCommission']),
    pipeline('Mutation', 'transitionEarning', ['getOrder', 'getEarningsEntry', 'applyEarningTransition']),
    unit('Mutation', 'publishOrderUpdate', NONE),
    unit('Mutation', 'publishShopSale', NONE),

    unit('Subscription', 'onOrderUpdated', READ),
    unit('Subscription', 'onMyOrderUpdated', NONE),
    unit('Subscription', 'onShopSale', CATALOG),
  ],
};

/**
 * The backend principals of commerce and the fields each may call with IAM: the checkout saga
 * (later issue) places, moves and publishes orders and writes or reverses commissions; the
 * earnings job releases commissions after the return window and marks them paid.
 */
export const commerceIamGrants: IamGrantDeclaration[] = [
  {
    principal: 'orderWorkflow',
    fields: [
      'Mutation.createOrder',
      'Mutation.transitionOrder',
      'Mutation.recordCommission',
      'Mutation.transitionEarning',
      'Mutation.publishOrderUpdate',
      'Mutation.publishShopSale',
    ],
  },
  { principal: 'earningsJob', fields: ['Mutation.transitionEarning'] },
];
