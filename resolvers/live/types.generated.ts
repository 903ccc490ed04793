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

/** The ISO 4217 currencies the platform settles in. */
export type CurrencyCode =
  | 'AUD'
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

/** A viewer's comment in a stream's chat. */
export type LiveComment = {
  __typename?: 'LiveComment';
  /** The Cognito `sub` of the author. */
  authorId: Scalars['ID']['output'];
  /** The author's profile displayName when they commented, or `Viewer` if they had no profile yet. */
  authorName: Scalars['String']['output'];
  createdAt: Scalars['AWSDateTime']['output'];
  /** A ULID: comments sort by id in the order they were sent. */
  id: Scalars['ID']['output'];
  streamId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type LiveCommentPage = {
  __typename?: 'LiveCommentPage';
  items: Array<LiveComment>;
  /** Pass back to get the next page; null on the last page. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** An order placed through a stream, as viewers see it. */
export type LiveOrderPlaced = {
  __typename?: 'LiveOrderPlaced';
  /** How the buyer is shown to viewers (a first name, say); null shows them as anonymous. */
  buyerDisplayName?: Maybe<Scalars['String']['output']>;
  orderId: Scalars['ID']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
};

export type LiveOrderPlacedInput = {
  /** At most 40 characters; null or blank shows the buyer as anonymous. */
  buyerDisplayName?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  /** 1 to 1000. */
  quantity: Scalars['Int']['input'];
  streamId: Scalars['ID']['input'];
};

/**
 * A product pinned in a stream. The commission the creator earns on sales made from the pin is
 * fixed when it is pinned: the rate snapshot of the creator's recommendation of the product, or the
 * product's rate at that moment when the creator never recommended it.
 */
export type LivePin = {
  __typename?: 'LivePin';
  /** Basis points of the price (100 = 1%). */
  commissionRateBps: Scalars['Int']['output'];
  /** True when the rate is the snapshot of the creator's recommendation, false when it is the product's. */
  fromRecommendation: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  pinnedAt: Scalars['AWSDateTime']['output'];
  /** Null only if the product was removed from the catalog since. Errors: none. */
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  streamId: Scalars['ID']['output'];
};

/** A live stream from a creator's shop. */
export type LiveStream = {
  __typename?: 'LiveStream';
  createdAt: Scalars['AWSDateTime']['output'];
  /** The Cognito `sub` of the creator who owns the shop and the stream. */
  creatorId: Scalars['ID']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['AWSDateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The product pinned now, if any. */
  pinned?: Maybe<LivePin>;
  scheduledAt: Scalars['AWSDateTime']['output'];
  /** Null only if the shop was removed. Errors: none. */
  shop?: Maybe<Shop>;
  shopId: Scalars['ID']['output'];
  startedAt?: Maybe<Scalars['AWSDateTime']['output']>;
  status: LiveStreamStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['AWSDateTime']['output'];
  /** Viewers watching now, as last reported by the viewer-count aggregator; 0 until it reports. */
  viewerCount: Scalars['Int']['output'];
};

/**
 * Something that happened in a live stream. One type carries every kind, so that one subscription
 * delivers them all in order; `kind` says which of the optional fields are set.
 */
export type LiveStreamEvent = {
  __typename?: 'LiveStreamEvent';
  /** When it happened, by the server's clock. */
  at: Scalars['AWSDateTime']['output'];
  bannedUserId?: Maybe<Scalars['ID']['output']>;
  comment?: Maybe<LiveComment>;
  commentId?: Maybe<Scalars['ID']['output']>;
  kind: LiveStreamEventKind;
  order?: Maybe<LiveOrderPlaced>;
  pin?: Maybe<LivePin>;
  stream?: Maybe<LiveStream>;
  streamId: Scalars['ID']['output'];
  viewerCount?: Maybe<Scalars['Int']['output']>;
};

export type LiveStreamEventKind =
  /** `commentId` is set: remove that comment from the chat. */
  | 'COMMENT_DELETED'
  /** `comment` and `commentId` are set. */
  | 'COMMENT_POSTED'
  /** `order` is set. */
  | 'ORDER_PLACED'
  /** `pin` is set: the product pinned now. */
  | 'PRODUCT_PINNED'
  /** LIVE → ENDED; `stream` is set. The last event: subscriptions to the stream are then closed. */
  | 'STREAM_ENDED'
  /** SCHEDULED → LIVE; `stream` is set. */
  | 'STREAM_STARTED'
  /** `bannedUserId` is set: that user can no longer comment. */
  | 'USER_BANNED'
  /** `viewerCount` is set. */
  | 'VIEWER_COUNT';

export type LiveStreamPage = {
  __typename?: 'LiveStreamPage';
  items: Array<LiveStream>;
  /** Pass back to get the next page; null on the last page. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type LiveStreamStatus =
  /** Over, for good. */
  | 'ENDED'
  /** On air: pins, comments and viewer counts are accepted. */
  | 'LIVE'
  /** Announced, not started; only its creator can start it. */
  | 'SCHEDULED';

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
   * Stops a user commenting on the stream, for good; the stream's creator, or an admin. Publishes
   * USER_BANNED. Errors: VALIDATION (the creator cannot be banned), NOT_FOUND, FORBIDDEN, CONFLICT
   * (already banned), Unauthorized.
   */
  banFromStream?: Maybe<LiveStreamEvent>;
  /**
   * The stream's creator, or an admin. Publishes COMMENT_DELETED. Errors: NOT_FOUND (stream or
   * comment), FORBIDDEN, Unauthorized.
   */
  deleteComment?: Maybe<LiveStreamEvent>;
  /**
   * LIVE → ENDED; the stream's creator, or an admin. Publishes STREAM_ENDED, then closes the
   * stream's subscriptions. Errors: NOT_FOUND, FORBIDDEN, STREAM_NOT_LIVE, Unauthorized.
   */
  endLiveStream?: Maybe<LiveStreamEvent>;
  /**
   * Pins a product while the stream is LIVE, replacing the current pin; only the stream's creator.
   * Publishes PRODUCT_PINNED. Errors: NOT_FOUND (stream or product), FORBIDDEN, STREAM_NOT_LIVE,
   * CONFLICT (the stream changed meanwhile; retry), UNAVAILABLE (retry), Unauthorized.
   */
  pinProduct?: Maybe<LiveStreamEvent>;
  /**
   * Publish-only, writes nothing: the checkout workflow tells a stream's viewers about an order
   * placed through it. Publishes ORDER_PLACED. Errors: VALIDATION, Unauthorized (IAM only).
   */
  publishLiveOrderPlaced?: Maybe<LiveStreamEvent>;
  /**
   * Announces a stream from the caller's shop, SCHEDULED. Errors: VALIDATION, NOT_FOUND (the caller
   * has no shop yet), Unauthorized (creators only).
   */
  scheduleLiveStream: LiveStream;
  /**
   * Any signed-in user, while the stream is LIVE: 1 to 300 characters, at most 5 comments per user
   * per stream in each 10-second window. Publishes COMMENT_POSTED. Errors: VALIDATION, NOT_FOUND,
   * STREAM_NOT_LIVE, BANNED, RATE_LIMITED, CONFLICT (retry), Unauthorized.
   */
  sendComment?: Maybe<LiveStreamEvent>;
  /**
   * SCHEDULED → LIVE; only the stream's creator can start it. Publishes STREAM_STARTED. Errors:
   * NOT_FOUND, FORBIDDEN, CONFLICT (not SCHEDULED, or started meanwhile), Unauthorized.
   */
  startLiveStream?: Maybe<LiveStreamEvent>;
  /**
   * The viewer-count aggregator reports a LIVE stream's audience (0 to 100,000,000). Publishes
   * VIEWER_COUNT. Errors: VALIDATION, NOT_FOUND, STREAM_NOT_LIVE, Unauthorized (IAM only).
   */
  updateViewerCount?: Maybe<LiveStreamEvent>;
};


export type MutationBanFromStreamArgs = {
  streamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  commentId: Scalars['ID']['input'];
  streamId: Scalars['ID']['input'];
};


export type MutationEndLiveStreamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPinProductArgs = {
  productId: Scalars['ID']['input'];
  streamId: Scalars['ID']['input'];
};


export type MutationPublishLiveOrderPlacedArgs = {
  input: LiveOrderPlacedInput;
};


export type MutationScheduleLiveStreamArgs = {
  input: ScheduleLiveStreamInput;
};


export type MutationSendCommentArgs = {
  streamId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationStartLiveStreamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateViewerCountArgs = {
  streamId: Scalars['ID']['input'];
  viewerCount: Scalars['Int']['input'];
};

/** A brand's product (the shops source API owns it), as pinned in a stream. */
export type Product = {
  __typename?: 'Product';
  /** What a creator earns on a sale, in basis points of the price (100 = 1%); 100 to 5000. */
  commissionRateBps: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['AWSURL']['output']>;
  /** Units in stock; never negative. */
  inventory: Scalars['Int']['output'];
  price: Money;
  title: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A stream's chat history for late joiners, newest first (deleted comments are gone). An unknown
   * stream has none. `limit` defaults to 20, at most 100. Errors: VALIDATION.
   */
  liveComments: LiveCommentPage;
  /** Streams LIVE now, most recently started first. `limit` defaults to 20, at most 100. Errors: VALIDATION. */
  liveNow: LiveStreamPage;
  /** Null when there is no such stream. Errors: none. */
  liveStream?: Maybe<LiveStream>;
};


export type QueryLiveCommentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  streamId: Scalars['ID']['input'];
};


export type QueryLiveNowArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLiveStreamArgs = {
  id: Scalars['ID']['input'];
};

export type ScheduleLiveStreamInput = {
  /** At most 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is meant to start: from an hour ago to a year ahead; now when left out. */
  scheduledAt?: InputMaybe<Scalars['AWSDateTime']['input']>;
  /** 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/** A creator's video shop (the shops source API owns it); its streams are listed here. */
export type Shop = {
  __typename?: 'Shop';
  id: Scalars['ID']['output'];
  /** The shop's streams, latest scheduled first. `limit` defaults to 20, at most 100. Errors: VALIDATION. */
  liveStreams: LiveStreamPage;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};


/** A creator's video shop (the shops source API owns it); its streams are listed here. */
export type ShopLiveStreamsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every event of one stream, in the order they happened: status changes, pins, comments and their
   * deletions, bans, viewer counts and orders. `kinds` narrows it to some kinds. A stream that has
   * not ended can be watched, SCHEDULED ones too. Errors: NOT_FOUND, STREAM_NOT_LIVE (ended),
   * VALIDATION (empty `kinds`).
   */
  onLiveStreamEvent?: Maybe<LiveStreamEvent>;
};


export type SubscriptionOnLiveStreamEventArgs = {
  kinds?: InputMaybe<Array<LiveStreamEventKind>>;
  streamId: Scalars['ID']['input'];
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
  CurrencyCode: CurrencyCode;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LiveComment: ResolverTypeWrapper<LiveComment>;
  LiveCommentPage: ResolverTypeWrapper<LiveCommentPage>;
  LiveOrderPlaced: ResolverTypeWrapper<LiveOrderPlaced>;
  LiveOrderPlacedInput: LiveOrderPlacedInput;
  LivePin: ResolverTypeWrapper<LivePin>;
  LiveStream: ResolverTypeWrapper<LiveStream>;
  LiveStreamEvent: ResolverTypeWrapper<LiveStreamEvent>;
  LiveStreamEventKind: LiveStreamEventKind;
  LiveStreamPage: ResolverTypeWrapper<LiveStreamPage>;
  LiveStreamStatus: LiveStreamStatus;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Product: ResolverTypeWrapper<Product>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScheduleLiveStreamInput: ScheduleLiveStreamInput;
  Shop: ResolverTypeWrapper<Shop>;
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
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LiveComment: LiveComment;
  LiveCommentPage: LiveCommentPage;
  LiveOrderPlaced: LiveOrderPlaced;
  LiveOrderPlacedInput: LiveOrderPlacedInput;
  LivePin: LivePin;
  LiveStream: LiveStream;
  LiveStreamEvent: LiveStreamEvent;
  LiveStreamPage: LiveStreamPage;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Product: Product;
  Query: Record<PropertyKey, never>;
  ScheduleLiveStreamInput: ScheduleLiveStreamInput;
  Shop: Shop;
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

export type LiveCommentResolvers<ContextType = any, ParentType extends ResolversParentTypes['LiveComment'] = ResolversParentTypes['LiveComment']> = {
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LiveCommentPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['LiveCommentPage'] = ResolversParentTypes['LiveCommentPage']> = {
  items?: Resolver<Array<ResolversTypes['LiveComment']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LiveOrderPlacedResolvers<ContextType = any, ParentType extends ResolversParentTypes['LiveOrderPlaced'] = ResolversParentTypes['LiveOrderPlaced']> = {
  buyerDisplayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LivePinResolvers<ContextType = any, ParentType extends ResolversParentTypes['LivePin'] = ResolversParentTypes['LivePin']> = {
  commissionRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromRecommendation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pinnedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LiveStreamResolvers<ContextType = any, ParentType extends ResolversParentTypes['LiveStream'] = ResolversParentTypes['LiveStream']> = {
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  creatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['AWSDateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pinned?: Resolver<Maybe<ResolversTypes['LivePin']>, ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  shop?: Resolver<Maybe<ResolversTypes['Shop']>, ParentType, ContextType>;
  shopId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['AWSDateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LiveStreamStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  viewerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LiveStreamEventResolvers<ContextType = any, ParentType extends ResolversParentTypes['LiveStreamEvent'] = ResolversParentTypes['LiveStreamEvent']> = {
  at?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  bannedUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['LiveComment']>, ParentType, ContextType>;
  commentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LiveStreamEventKind'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['LiveOrderPlaced']>, ParentType, ContextType>;
  pin?: Resolver<Maybe<ResolversTypes['LivePin']>, ParentType, ContextType>;
  stream?: Resolver<Maybe<ResolversTypes['LiveStream']>, ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  viewerCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LiveStreamPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['LiveStreamPage'] = ResolversParentTypes['LiveStreamPage']> = {
  items?: Resolver<Array<ResolversTypes['LiveStream']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  banFromStream?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationBanFromStreamArgs, 'streamId' | 'userId'>>;
  deleteComment?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'commentId' | 'streamId'>>;
  endLiveStream?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationEndLiveStreamArgs, 'id'>>;
  pinProduct?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationPinProductArgs, 'productId' | 'streamId'>>;
  publishLiveOrderPlaced?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationPublishLiveOrderPlacedArgs, 'input'>>;
  scheduleLiveStream?: Resolver<ResolversTypes['LiveStream'], ParentType, ContextType, RequireFields<MutationScheduleLiveStreamArgs, 'input'>>;
  sendComment?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationSendCommentArgs, 'streamId' | 'text'>>;
  startLiveStream?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationStartLiveStreamArgs, 'id'>>;
  updateViewerCount?: Resolver<Maybe<ResolversTypes['LiveStreamEvent']>, ParentType, ContextType, RequireFields<MutationUpdateViewerCountArgs, 'streamId' | 'viewerCount'>>;
};

export type ProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  commissionRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
  inventory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  liveComments?: Resolver<ResolversTypes['LiveCommentPage'], ParentType, ContextType, RequireFields<QueryLiveCommentsArgs, 'streamId'>>;
  liveNow?: Resolver<ResolversTypes['LiveStreamPage'], ParentType, ContextType, Partial<QueryLiveNowArgs>>;
  liveStream?: Resolver<Maybe<ResolversTypes['LiveStream']>, ParentType, ContextType, RequireFields<QueryLiveStreamArgs, 'id'>>;
};

export type ShopResolvers<ContextType = any, ParentType extends ResolversParentTypes['Shop'] = ResolversParentTypes['Shop']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liveStreams?: Resolver<ResolversTypes['LiveStreamPage'], ParentType, ContextType, Partial<ShopLiveStreamsArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  onLiveStreamEvent?: SubscriptionResolver<Maybe<ResolversTypes['LiveStreamEvent']>, "onLiveStreamEvent", ParentType, ContextType, RequireFields<SubscriptionOnLiveStreamEventArgs, 'streamId'>>;
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
  LiveComment?: LiveCommentResolvers<ContextType>;
  LiveCommentPage?: LiveCommentPageResolvers<ContextType>;
  LiveOrderPlaced?: LiveOrderPlacedResolvers<ContextType>;
  LivePin?: LivePinResolvers<ContextType>;
  LiveStream?: LiveStreamResolvers<ContextType>;
  LiveStreamEvent?: LiveStreamEventResolvers<ContextType>;
  LiveStreamPage?: LiveStreamPageResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Shop?: ShopResolvers<ContextType>;
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
