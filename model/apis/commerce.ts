import type {
  IamGrantDeclaration,
  LambdaFunctionDeclaration,
  ResolverDeclaration,
  SourceApiDeclaration,
  StateMachineDeclaration,
} from '../declaration.ts';

const READ = 'CommerceRead';
const WRITE = 'Commerce';
const CATALOG = 'ShopsCatalog';
const NONE = 'None';
const CHECKOUT = 'Checkout';

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
    { name: CHECKOUT, type: 'AWS_LAMBDA', function: 'checkout', description: 'Checkout and cancellation: pricing, idempotency, the saga' },
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

    unit('Mutation', 'checkout', CHECKOUT),
    unit('Mutation', 'cancelOrder', CHECKOUT),
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
  // Publish the updates of the orders they cancel or settle.
  { principal: 'checkout', fields: ['Mutation.publishOrderUpdate', 'Mutation.publishShopSale'] },
  { principal: 'orderSweeper', fields: ['Mutation.publishOrderUpdate'] },
];

/**
 * The checkout's functions: `checkout` behind the Lambda data source (prices, records, starts the
 * saga; cancels), and `orderWorkflow`, every Task state of the saga. Each is its own IAM principal.
 */
export const checkoutFunctions: LambdaFunctionDeclaration[] = [
  {
    name: 'checkout',
    entry: 'lambdas/checkout.ts',
    memorySize: 256,
    timeout: 15,
    tables: [
      { table: 'Shops', readOnly: true },
      { table: 'Recommendations', readOnly: true },
      { table: 'Live', readOnly: true },
      { table: 'Commerce' },
    ],
    stateMachines: [{ name: 'checkout', access: 'start' }],
    graphqlApi: true,
    payments: true,
  },
  {
    name: 'orderWorkflow',
    entry: 'lambdas/order-workflow.ts',
    memorySize: 256,
    timeout: 30,
    // Shops: stock is taken and given back on products.
    tables: [{ table: 'Commerce' }, { table: 'Shops' }],
    graphqlApi: true,
    payments: true,
  },
  {
    name: 'orderSweeper',
    entry: 'lambdas/order-sweeper.ts',
    memorySize: 256,
    timeout: 120,
    // One sweep at a time: a slow sweep overrunning the next would read the same PENDING orders and
    // contend with itself on their stock items, in the middle of the burst that made it slow.
    reservedConcurrency: 1,
    tables: [{ table: 'Commerce' }, { table: 'Shops' }],
    stateMachines: [{ name: 'checkout', access: 'describe' }],
    graphqlApi: true,
    payments: true,
    schedule: { rateMinutes: 5, localStartEvent: { olderThanSeconds: 0 } },
  },
];

export const checkoutStateMachine: StateMachineDeclaration = {
  name: 'checkout',
  definitionFile: 'workflows/checkout.asl.json',
  functions: ['orderWorkflow'],
};
