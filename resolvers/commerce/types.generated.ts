import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  AWSDate: { input: string; output: string; }
  AWSDateTime: { input: string; output: string; }
  AWSEmail: { input: string; output: string; }
  AWSIPAddress: { input: string; output: string; }
  AWSJSON: { input: string; output: string; }
  AWSPhone: { input: string; output: string; }
  AWSTime: { input: string; output: string; }
  AWSTimestamp: { input: number; output: number; }
  AWSURL: { input: string; output: string; }
};

/** The part of an order one brand fulfils: its lines and their total. */
export type BrandOrder = {
  __typename?: 'BrandOrder';
  brandId: Scalars['ID']['output'];
  buyerId: Scalars['ID']['output'];
  createdAt: Scalars['AWSDateTime']['output'];
  lines: Array<OrderLine>;
  orderId: Scalars['ID']['output'];
  shopId: Scalars['ID']['output'];
  status: OrderStatus;
  total: Money;
  updatedAt: Scalars['AWSDateTime']['output'];
};

export type BrandOrderPage = {
  __typename?: 'BrandOrderPage';
  items: Array<BrandOrder>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type CheckoutInput = {
  /** The total the client showed; if given and the priced total differs, PRICE_CHANGED. Any amount 0 to 1,000,000,000. */
  expectedTotal?: InputMaybe<MoneyInput>;
  /** 8 to 64 of A-Z a-z 0-9 _ -. The same key with the same cart gives the same order; with another cart, IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /**
   * 1 to 50 lines (after merging), each product recommended by the shop or pinned in its live
   * stream, all in one currency, from at most 20 brands: an order and its brand parts are written
   * in one DynamoDB transaction (at most 100 items).
   */
  lines: Array<CheckoutLineInput>;
  /** A payment provider's token (locally: tok_visa, tok_chargeDeclined, tok_timeout, tok_captureFails). Never stored or logged. */
  paymentToken: Scalars['String']['input'];
  shippingAddress?: InputMaybe<ShippingAddressInput>;
  shopId: Scalars['ID']['input'];
};

export type CheckoutLineInput = {
  productId: Scalars['ID']['input'];
  /** 1 to 10. Lines of the same product are merged (their sum still at most 10). */
  quantity: Scalars['Int']['input'];
};

/** An order as the checkout workflow priced it from the catalog; never from the client. */
export type CreateOrderInput = {
  buyerId: Scalars['ID']['input'];
  creatorId: Scalars['ID']['input'];
  /** 1 to 50 lines, each product once, from at most 20 brands; the total at most 1,000,000,000 minor units. */
  lines: Array<OrderLineInput>;
  shopId: Scalars['ID']['input'];
};

/** The ISO 4217 currencies the platform settles in. */
export type CurrencyCode =
  | 'AUD'
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

export type EarningStatus =
  | 'AVAILABLE'
  | 'PAID'
  | 'PENDING'
  | 'REVERSED';

/** The caller's earnings on the UTC days `from` to `to`, inclusive. */
export type Earnings = {
  __typename?: 'Earnings';
  /** Current balances, all time, one per currency. Errors: none. */
  balances: Array<EarningsBalance>;
  /** The entries of those days, newest day first. `limit` defaults to 20, at most 100. Errors: VALIDATION. */
  entries: EarningsEntryPage;
  from: Scalars['AWSDate']['output'];
  to: Scalars['AWSDate']['output'];
  /** One per currency earned in on those days, by currency code. */
  totals: Array<EarningsTotal>;
};


/** The caller's earnings on the UTC days `from` to `to`, inclusive. */
export type EarningsEntriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};

/** A creator's balance in one currency, all time. */
export type EarningsBalance = {
  __typename?: 'EarningsBalance';
  available: Money;
  currency: CurrencyCode;
  paid: Money;
  pending: Money;
  reversed: Money;
  updatedAt: Scalars['AWSDateTime']['output'];
};

/** A creator's commission on one order. */
export type EarningsEntry = {
  __typename?: 'EarningsEntry';
  amount: Money;
  createdAt: Scalars['AWSDateTime']['output'];
  /** The UTC day the order was confirmed, which the entry counts in. */
  day: Scalars['AWSDate']['output'];
  /** The order's id: an order earns one entry. */
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  shopId: Scalars['ID']['output'];
  status: EarningStatus;
  updatedAt: Scalars['AWSDateTime']['output'];
};

export type EarningsEntryPage = {
  __typename?: 'EarningsEntryPage';
  items: Array<EarningsEntry>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** The commissions of the days asked for, in one currency, by where they stand now. */
export type EarningsTotal = {
  __typename?: 'EarningsTotal';
  available: Money;
  currency: CurrencyCode;
  /** pending + available + paid: what was earned and not reversed. */
  earned: Money;
  /** Entries counted, reversed ones included. */
  entryCount: Scalars['Int']['output'];
  paid: Money;
  pending: Money;
  reversed: Money;
};

/** An amount of money: integer minor units (cents for USD) of an ISO 4217 currency. Never a float. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Int']['output'];
  currency: CurrencyCode;
};

export type MoneyInput = {
  /** Integer minor units. Each field taking one states its range: a price is 1 to 10,000,000 (100,000.00 in a two-decimal currency), a total up to 1,000,000,000. */
  amount: Scalars['Int']['input'];
  currency: CurrencyCode;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Cancels an order before fulfilment: its buyer or an admin. A CONFIRMED order is CANCELLED at
   * once (stock released, payment voided or refunded, commission reversed); a PENDING one when its
   * saga reaches its next step. `reason` at most 500 characters. Errors: VALIDATION, NOT_FOUND,
   * FORBIDDEN, INVALID_TRANSITION, Unauthorized.
   */
  cancelOrder: Order;
  /**
   * Places an order in the shop: priced from the catalog now, written PENDING and returned at
   * once; the checkout saga moves it to CONFIRMED (or FAILED with its reason), published to
   * onMyOrderUpdated and onOrderUpdated. Errors: VALIDATION, NOT_FOUND, IDEMPOTENCY_KEY_REUSED,
   * PRICE_CHANGED, Unauthorized.
   */
  checkout: Order;
  /** Records a PENDING order, with its part per brand, in one transaction. Errors: VALIDATION, Unauthorized. */
  createOrder: Order;
  /** Publishes an order update to its subscribers; writes nothing. Errors: Unauthorized. */
  publishOrderUpdate?: Maybe<OrderUpdate>;
  /** Publishes a sale to the shop's creator; writes nothing. Errors: Unauthorized. */
  publishShopSale?: Maybe<ShopSale>;
  /**
   * Writes the creator's commission on a CONFIRMED (or FULFILLED) order to the ledger as PENDING,
   * with the daily total and balance. Errors: NOT_FOUND, INVALID_TRANSITION (the order was never
   * confirmed, or was cancelled or returned), CONFLICT (recorded already), Unauthorized.
   */
  recordCommission: EarningsEntry;
  /**
   * Moves the order's ledger entry to `to`, with the daily total and balance, in one transaction.
   * Errors: VALIDATION, NOT_FOUND, INVALID_TRANSITION (from the wrong state, or the order does not
   * allow it yet), Unauthorized.
   */
  transitionEarning: EarningsEntry;
  /**
   * Moves an order to `to` from a state it may come from, with every brand part, in one
   * transaction; `reason` (at most 500 characters) is kept in the history. Errors: VALIDATION,
   * NOT_FOUND, INVALID_TRANSITION (also a return after the return window), Unauthorized.
   */
  transitionOrder: Order;
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCheckoutArgs = {
  input: CheckoutInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationPublishOrderUpdateArgs = {
  input: OrderUpdateInput;
};


export type MutationPublishShopSaleArgs = {
  input: ShopSaleInput;
};


export type MutationRecordCommissionArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationTransitionEarningArgs = {
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: EarningStatus;
};


export type MutationTransitionOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: OrderStatus;
};

/**
 * An order of one buyer in one shop. Seen by its buyer, the shop's creator, admins and the brands in
 * it; a brand that is neither buyer nor creator sees only its own lines, and `total` is theirs.
 */
export type Order = {
  __typename?: 'Order';
  buyerId: Scalars['ID']['output'];
  /** What the creator earns on the order; null unless the caller is the creator, an admin or the backend. */
  commission?: Maybe<Money>;
  createdAt: Scalars['AWSDateTime']['output'];
  /** The shop's creator, who earns the commission. */
  creatorId: Scalars['ID']['output'];
  currency: CurrencyCode;
  /** A stable code on FAILED and CANCELLED orders (see the failure reasons above); null otherwise. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Every state the order has been in, oldest first. */
  history: Array<OrderEvent>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  shopId: Scalars['ID']['output'];
  status: OrderStatus;
  total: Money;
  updatedAt: Scalars['AWSDateTime']['output'];
};

/** A transition of an order: one event per transition. */
export type OrderEvent = {
  __typename?: 'OrderEvent';
  at: Scalars['AWSDateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
};

/** One product of an order, priced when the order was placed. */
export type OrderLine = {
  __typename?: 'OrderLine';
  brandId: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['AWSURL']['output']>;
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  returnWindowDays: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  total: Money;
  unitPrice: Money;
};

export type OrderLineInput = {
  brandId: Scalars['ID']['input'];
  /** The brand's owner (the product's `ownerId`), who may then see the order. */
  brandOwnerId: Scalars['ID']['input'];
  /** The rate the creator earns on this line: the recommendation's snapshot, else the product's; 0 to 5000. */
  commissionRateBps: Scalars['Int']['input'];
  imageUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  productId: Scalars['ID']['input'];
  /** 1 to 100. */
  quantity: Scalars['Int']['input'];
  /** 0 to 90. */
  returnWindowDays: Scalars['Int']['input'];
  /** 1 to 120 characters. */
  title: Scalars['String']['input'];
  /** The price the workflow read from the catalog; every line of an order in one currency. */
  unitPrice: MoneyInput;
};

export type OrderPage = {
  __typename?: 'OrderPage';
  items: Array<Order>;
  /** Pass back to get the next page; null on the last page. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'FAILED'
  | 'FULFILLED'
  | 'PENDING'
  | 'RETURNED';

/** What subscribers of order updates receive. Publishers select every field: filters read them. */
export type OrderUpdate = {
  __typename?: 'OrderUpdate';
  buyerId: Scalars['ID']['output'];
  /** The order's id. */
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  shopId: Scalars['ID']['output'];
  status: OrderStatus;
  total: Money;
  updatedAt: Scalars['AWSDateTime']['output'];
};

export type OrderUpdateInput = {
  buyerId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  shopId: Scalars['ID']['input'];
  status: OrderStatus;
  total: MoneyInput;
  updatedAt: Scalars['AWSDateTime']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** A brand's parts of orders, newest first. The brand's owner, or an admin. Errors: VALIDATION, NOT_FOUND, FORBIDDEN, Unauthorized. */
  brandOrders: BrandOrderPage;
  /**
   * The caller's commissions on the UTC days `from` to `to`, inclusive: at most 366 days, dates
   * without offset (or `Z`). Errors: VALIDATION, UNAVAILABLE, Unauthorized.
   */
  myEarnings: Earnings;
  /** The caller's orders as a buyer, newest first. `limit` defaults to 20, at most 100. Errors: VALIDATION, Unauthorized. */
  myOrders: OrderPage;
  /** The buyer, the shop's creator, a brand in the order, or an admin; null if there is no such order. Errors: FORBIDDEN, Unauthorized. */
  order?: Maybe<Order>;
  /** A shop's orders, newest first. The shop's creator, or an admin. Errors: VALIDATION, NOT_FOUND, FORBIDDEN, Unauthorized. */
  shopOrders: OrderPage;
};


export type QueryBrandOrdersArgs = {
  brandId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyEarningsArgs = {
  from: Scalars['AWSDate']['input'];
  to: Scalars['AWSDate']['input'];
};


export type QueryMyOrdersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShopOrdersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  shopId: Scalars['ID']['input'];
};

export type ShippingAddressInput = {
  /** 1 to 100 characters. */
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: Scalars['String']['input'];
  /** 1 to 3 lines of 1 to 100 characters. */
  lines: Array<Scalars['String']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** 1 to 20 characters. */
  postalCode: Scalars['String']['input'];
};

/** A sale in a shop, for its creator. Publishers select every field. */
export type ShopSale = {
  __typename?: 'ShopSale';
  at: Scalars['AWSDateTime']['output'];
  commission: Money;
  orderId: Scalars['ID']['output'];
  shopId: Scalars['ID']['output'];
  total: Money;
};

export type ShopSaleInput = {
  at: Scalars['AWSDateTime']['input'];
  commission: MoneyInput;
  orderId: Scalars['ID']['input'];
  shopId: Scalars['ID']['input'];
  total: MoneyInput;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Updates of every order of the caller as a buyer. Errors: Unauthorized. */
  onMyOrderUpdated?: Maybe<OrderUpdate>;
  /** Updates of one order, for its buyer only. Errors: NOT_FOUND, Unauthorized. */
  onOrderUpdated?: Maybe<OrderUpdate>;
  /** Sales in a shop, for its creator only. Errors: NOT_FOUND, Unauthorized. */
  onShopSale?: Maybe<ShopSale>;
};


export type SubscriptionOnOrderUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionOnShopSaleArgs = {
  shopId: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AWSDate: ResolverTypeWrapper<Scalars['AWSDate']['output']>;
  AWSDateTime: ResolverTypeWrapper<Scalars['AWSDateTime']['output']>;
  AWSEmail: ResolverTypeWrapper<Scalars['AWSEmail']['output']>;
  AWSIPAddress: ResolverTypeWrapper<Scalars['AWSIPAddress']['output']>;
  AWSJSON: ResolverTypeWrapper<Scalars['AWSJSON']['output']>;
  AWSPhone: ResolverTypeWrapper<Scalars['AWSPhone']['output']>;
  AWSTime: ResolverTypeWrapper<Scalars['AWSTime']['output']>;
  AWSTimestamp: ResolverTypeWrapper<Scalars['AWSTimestamp']['output']>;
  AWSURL: ResolverTypeWrapper<Scalars['AWSURL']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrandOrder: ResolverTypeWrapper<BrandOrder>;
  BrandOrderPage: ResolverTypeWrapper<BrandOrderPage>;
  CheckoutInput: CheckoutInput;
  CheckoutLineInput: CheckoutLineInput;
  CreateOrderInput: CreateOrderInput;
  CurrencyCode: CurrencyCode;
  EarningStatus: EarningStatus;
  Earnings: ResolverTypeWrapper<Earnings>;
  EarningsBalance: ResolverTypeWrapper<EarningsBalance>;
  EarningsEntry: ResolverTypeWrapper<EarningsEntry>;
  EarningsEntryPage: ResolverTypeWrapper<EarningsEntryPage>;
  EarningsTotal: ResolverTypeWrapper<EarningsTotal>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<Order>;
  OrderEvent: ResolverTypeWrapper<OrderEvent>;
  OrderLine: ResolverTypeWrapper<OrderLine>;
  OrderLineInput: OrderLineInput;
  OrderPage: ResolverTypeWrapper<OrderPage>;
  OrderStatus: OrderStatus;
  OrderUpdate: ResolverTypeWrapper<OrderUpdate>;
  OrderUpdateInput: OrderUpdateInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ShippingAddressInput: ShippingAddressInput;
  ShopSale: ResolverTypeWrapper<ShopSale>;
  ShopSaleInput: ShopSaleInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AWSDate: Scalars['AWSDate']['output'];
  AWSDateTime: Scalars['AWSDateTime']['output'];
  AWSEmail: Scalars['AWSEmail']['output'];
  AWSIPAddress: Scalars['AWSIPAddress']['output'];
  AWSJSON: Scalars['AWSJSON']['output'];
  AWSPhone: Scalars['AWSPhone']['output'];
  AWSTime: Scalars['AWSTime']['output'];
  AWSTimestamp: Scalars['AWSTimestamp']['output'];
  AWSURL: Scalars['AWSURL']['output'];
  Boolean: Scalars['Boolean']['output'];
  BrandOrder: BrandOrder;
  BrandOrderPage: BrandOrderPage;
  CheckoutInput: CheckoutInput;
  CheckoutLineInput: CheckoutLineInput;
  CreateOrderInput: CreateOrderInput;
  Earnings: Earnings;
  EarningsBalance: EarningsBalance;
  EarningsEntry: EarningsEntry;
  EarningsEntryPage: EarningsEntryPage;
  EarningsTotal: EarningsTotal;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Order: Order;
  OrderEvent: OrderEvent;
  OrderLine: OrderLine;
  OrderLineInput: OrderLineInput;
  OrderPage: OrderPage;
  OrderUpdate: OrderUpdate;
  OrderUpdateInput: OrderUpdateInput;
  Query: Record<PropertyKey, never>;
  ShippingAddressInput: ShippingAddressInput;
  ShopSale: ShopSale;
  ShopSaleInput: ShopSaleInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
};

export type Aws_Api_KeyDirectiveArgs = { };

export type Aws_Api_KeyDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_Api_KeyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_AuthDirectiveArgs = {
  cognito_groups?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_AuthDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_Cognito_User_PoolsDirectiveArgs = {
  cognito_groups?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_Cognito_User_PoolsDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_Cognito_User_PoolsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_IamDirectiveArgs = { };

export type Aws_IamDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_IamDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_LambdaDirectiveArgs = { };

export type Aws_LambdaDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_LambdaDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_OidcDirectiveArgs = { };

export type Aws_OidcDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_OidcDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_PublishDirectiveArgs = {
  subscriptions?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_PublishDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_PublishDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_SubscribeDirectiveArgs = {
  mutations?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_SubscribeDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_SubscribeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CanonicalDirectiveArgs = { };

export type CanonicalDirectiveResolver<Result, Parent, ContextType = any, Args = CanonicalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type HiddenDirectiveArgs = { };

export type HiddenDirectiveResolver<Result, Parent, ContextType = any, Args = HiddenDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RenamedDirectiveArgs = {
  to: Scalars['String']['input'];
};

export type RenamedDirectiveResolver<Result, Parent, ContextType = any, Args = RenamedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface AwsDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSDate'], any> {
  name: 'AWSDate';
}

export interface AwsDateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSDateTime'], any> {
  name: 'AWSDateTime';
}

export interface AwsEmailScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSEmail'], any> {
  name: 'AWSEmail';
}

export interface AwsipAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSIPAddress'], any> {
  name: 'AWSIPAddress';
}

export interface AwsjsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSJSON'], any> {
  name: 'AWSJSON';
}

export interface AwsPhoneScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSPhone'], any> {
  name: 'AWSPhone';
}

export interface AwsTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSTime'], any> {
  name: 'AWSTime';
}

export interface AwsTimestampScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSTimestamp'], any> {
  name: 'AWSTimestamp';
}

export interface AwsurlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSURL'], any> {
  name: 'AWSURL';
}

export type BrandOrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['BrandOrder'] = ResolversParentTypes['BrandOrder']> = {
  brandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  buyerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shopId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type BrandOrderPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['BrandOrderPage'] = ResolversParentTypes['BrandOrderPage']> = {
  items?: Resolver<Array<ResolversTypes['BrandOrder']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EarningsResolvers<ContextType = any, ParentType extends ResolversParentTypes['Earnings'] = ResolversParentTypes['Earnings']> = {
  balances?: Resolver<Array<ResolversTypes['EarningsBalance']>, ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['EarningsEntryPage'], ParentType, ContextType, Partial<EarningsEntriesArgs>>;
  from?: Resolver<ResolversTypes['AWSDate'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['AWSDate'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['EarningsTotal']>, ParentType, ContextType>;
};

export type EarningsBalanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['EarningsBalance'] = ResolversParentTypes['EarningsBalance']> = {
  available?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reversed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type EarningsEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['EarningsEntry'] = ResolversParentTypes['EarningsEntry']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['AWSDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shopId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EarningStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type EarningsEntryPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['EarningsEntryPage'] = ResolversParentTypes['EarningsEntryPage']> = {
  items?: Resolver<Array<ResolversTypes['EarningsEntry']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EarningsTotalResolvers<ContextType = any, ParentType extends ResolversParentTypes['EarningsTotal'] = ResolversParentTypes['EarningsTotal']> = {
  available?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
  earned?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reversed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  checkout?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCheckoutArgs, 'input'>>;
  createOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCreateOrderArgs, 'input'>>;
  publishOrderUpdate?: Resolver<Maybe<ResolversTypes['OrderUpdate']>, ParentType, ContextType, RequireFields<MutationPublishOrderUpdateArgs, 'input'>>;
  publishShopSale?: Resolver<Maybe<ResolversTypes['ShopSale']>, ParentType, ContextType, RequireFields<MutationPublishShopSaleArgs, 'input'>>;
  recordCommission?: Resolver<ResolversTypes['EarningsEntry'], ParentType, ContextType, RequireFields<MutationRecordCommissionArgs, 'orderId'>>;
  transitionEarning?: Resolver<ResolversTypes['EarningsEntry'], ParentType, ContextType, RequireFields<MutationTransitionEarningArgs, 'orderId' | 'to'>>;
  transitionOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationTransitionOrderArgs, 'id' | 'to'>>;
};

export type OrderResolvers<ContextType = any, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  buyerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commission?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  creatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OrderEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  shopId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type OrderEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderEvent'] = ResolversParentTypes['OrderEvent']> = {
  at?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  brandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderPage'] = ResolversParentTypes['OrderPage']> = {
  items?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrderUpdateResolvers<ContextType = any, ParentType extends ResolversParentTypes['OrderUpdate'] = ResolversParentTypes['OrderUpdate']> = {
  buyerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shopId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  brandOrders?: Resolver<ResolversTypes['BrandOrderPage'], ParentType, ContextType, RequireFields<QueryBrandOrdersArgs, 'brandId'>>;
  myEarnings?: Resolver<ResolversTypes['Earnings'], ParentType, ContextType, RequireFields<QueryMyEarningsArgs, 'from' | 'to'>>;
  myOrders?: Resolver<ResolversTypes['OrderPage'], ParentType, ContextType, Partial<QueryMyOrdersArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  shopOrders?: Resolver<ResolversTypes['OrderPage'], ParentType, ContextType, RequireFields<QueryShopOrdersArgs, 'shopId'>>;
};

export type ShopSaleResolvers<ContextType = any, ParentType extends ResolversParentTypes['ShopSale'] = ResolversParentTypes['ShopSale']> = {
  at?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  commission?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shopId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  onMyOrderUpdated?: SubscriptionResolver<Maybe<ResolversTypes['OrderUpdate']>, "onMyOrderUpdated", ParentType, ContextType>;
  onOrderUpdated?: SubscriptionResolver<Maybe<ResolversTypes['OrderUpdate']>, "onOrderUpdated", ParentType, ContextType, RequireFields<SubscriptionOnOrderUpdatedArgs, 'id'>>;
  onShopSale?: SubscriptionResolver<Maybe<ResolversTypes['ShopSale']>, "onShopSale", ParentType, ContextType, RequireFields<SubscriptionOnShopSaleArgs, 'shopId'>>;
};

export type Resolvers<ContextType = any> = {
  AWSDate?: GraphQLScalarType;
  AWSDateTime?: GraphQLScalarType;
  AWSEmail?: GraphQLScalarType;
  AWSIPAddress?: GraphQLScalarType;
  AWSJSON?: GraphQLScalarType;
  AWSPhone?: GraphQLScalarType;
  AWSTime?: GraphQLScalarType;
  AWSTimestamp?: GraphQLScalarType;
  AWSURL?: GraphQLScalarType;
  BrandOrder?: BrandOrderResolvers<ContextType>;
  BrandOrderPage?: BrandOrderPageResolvers<ContextType>;
  Earnings?: EarningsResolvers<ContextType>;
  EarningsBalance?: EarningsBalanceResolvers<ContextType>;
  EarningsEntry?: EarningsEntryResolvers<ContextType>;
  EarningsEntryPage?: EarningsEntryPageResolvers<ContextType>;
  EarningsTotal?: EarningsTotalResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderEvent?: OrderEventResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPage?: OrderPageResolvers<ContextType>;
  OrderUpdate?: OrderUpdateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShopSale?: ShopSaleResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  aws_api_key?: Aws_Api_KeyDirectiveResolver<any, any, ContextType>;
  aws_auth?: Aws_AuthDirectiveResolver<any, any, ContextType>;
  aws_cognito_user_pools?: Aws_Cognito_User_PoolsDirectiveResolver<any, any, ContextType>;
  aws_iam?: Aws_IamDirectiveResolver<any, any, ContextType>;
  aws_lambda?: Aws_LambdaDirectiveResolver<any, any, ContextType>;
  aws_oidc?: Aws_OidcDirectiveResolver<any, any, ContextType>;
  aws_publish?: Aws_PublishDirectiveResolver<any, any, ContextType>;
  aws_subscribe?: Aws_SubscribeDirectiveResolver<any, any, ContextType>;
  canonical?: CanonicalDirectiveResolver<any, any, ContextType>;
  hidden?: HiddenDirectiveResolver<any, any, ContextType>;
  renamed?: RenamedDirectiveResolver<any, any, ContextType>;
};
