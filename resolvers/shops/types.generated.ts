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

/** A brand, owned by one user of the `brands` group. */
export type Brand = {
  __typename?: 'Brand';
  createdAt: Scalars['AWSDateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  logoUrl?: Maybe<Scalars['AWSURL']['output']>;
  name: Scalars['String']['output'];
  /** Newest first. `limit` defaults to 20, at most 100. Errors: VALIDATION. */
  products: ProductPage;
  websiteUrl?: Maybe<Scalars['AWSURL']['output']>;
};


/** A brand, owned by one user of the `brands` group. */
export type BrandProductsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};

export type BrandPage = {
  __typename?: 'BrandPage';
  items: Array<Brand>;
  nextToken?: Maybe<Scalars['String']['output']>;
};

export type CreateBrandInput = {
  /** At most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  logoUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  /** 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** The Cognito `sub` of the brand's owner, a user of the `brands` group. */
  ownerId: Scalars['ID']['input'];
  websiteUrl?: InputMaybe<Scalars['AWSURL']['input']>;
};

export type CreateCreatorProfileInput = {
  avatarUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  /** At most 500 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 60 characters. */
  displayName: Scalars['String']['input'];
};

export type CreateProductInput = {
  brandId: Scalars['ID']['input'];
  /** 100 to 5000 basis points. */
  commissionRateBps: Scalars['Int']['input'];
  /** At most 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  /** Initial stock, 0 to 1,000,000. */
  inventory: Scalars['Int']['input'];
  price: MoneyInput;
  /** 0 to 90 days. */
  returnWindowDays: Scalars['Int']['input'];
  /** 1 to 120 characters. */
  title: Scalars['String']['input'];
};

export type CreateShopInput = {
  bannerUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  /** At most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 3 to 40 of a-z, 0-9 and single inner hyphens; upper case is lowered. */
  slug: Scalars['String']['input'];
  /** 1 to 80 characters. */
  title: Scalars['String']['input'];
};

/** A creator's public profile. `id` is the creator's Cognito `sub`. */
export type Creator = {
  __typename?: 'Creator';
  avatarUrl?: Maybe<Scalars['AWSURL']['output']>;
  bio?: Maybe<Scalars['String']['output']>;
  creatorSince: Scalars['AWSDateTime']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Errors: none. */
  shop?: Maybe<Shop>;
};

/** The ISO 4217 currencies the platform settles in. */
export type CurrencyCode =
  | 'AUD'
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

/**
 * The signed-in caller. `id` is their Cognito `sub`, which is also their Cognito username (the pool
 * signs users in by e-mail), so it is never a name to show: names come from `profile.displayName`.
 */
export type Me = {
  __typename?: 'Me';
  /** The brands the caller owns, newest first. `limit` defaults to 20, at most 100. Errors: VALIDATION. */
  brands: BrandPage;
  /** Null unless the caller has a creator profile. Errors: none. */
  creator?: Maybe<Creator>;
  id: Scalars['ID']['output'];
  /** Null until the caller saves a profile (updateProfile or createCreatorProfile). */
  profile?: Maybe<Profile>;
  roles: Array<Role>;
  /** The caller's shop, if they are a creator who opened one. Errors: none. */
  shop?: Maybe<Shop>;
};


/**
 * The signed-in caller. `id` is their Cognito `sub`, which is also their Cognito username (the pool
 * signs users in by e-mail), so it is never a name to show: names come from `profile.displayName`.
 */
export type MeBrandsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
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
   * Onboards a brand for its owner, a user of the brands group. Errors: VALIDATION (also when
   * ownerId is not a user of the brands group), Unauthorized (admins only).
   */
  createBrand: Brand;
  /** Makes the caller a creator. Errors: VALIDATION, CONFLICT (already a creator), Unauthorized. */
  createCreatorProfile: Creator;
  /** The brand's owner, or an admin. Errors: VALIDATION, NOT_FOUND (brand), FORBIDDEN, Unauthorized. */
  createProduct: Product;
  /**
   * Opens the caller's shop; a creator has one. Errors: VALIDATION, SLUG_TAKEN,
   * NOT_FOUND (no creator profile yet), CONFLICT (already has a shop), Unauthorized.
   */
  createShop: Shop;
  /**
   * Adds `delta` (non-zero, at most 1,000,000 either way) to the stock, atomically. The brand's
   * owner, or an admin. Errors: VALIDATION (also when stock would exceed 1,000,000), NOT_FOUND,
   * FORBIDDEN, OUT_OF_STOCK (stock would go below zero; nothing changes), Unauthorized.
   */
  updateInventory: Product;
  /** The brand's owner, or an admin. Errors: VALIDATION, NOT_FOUND, FORBIDDEN, CONFLICT, Unauthorized. */
  updateProduct: Product;
  /** Creates or changes the caller's profile. Errors: VALIDATION (a new profile needs a displayName), Unauthorized. */
  updateProfile: Profile;
  /**
   * The shop's creator, or an admin. Errors: VALIDATION, NOT_FOUND, FORBIDDEN, SLUG_TAKEN,
   * CONFLICT (changed by someone else meanwhile; retry), Unauthorized.
   */
  updateShop: Shop;
};


export type MutationCreateBrandArgs = {
  input: CreateBrandInput;
};


export type MutationCreateCreatorProfileArgs = {
  input: CreateCreatorProfileInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateShopArgs = {
  input: CreateShopInput;
};


export type MutationUpdateInventoryArgs = {
  delta: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateShopArgs = {
  id: Scalars['ID']['input'];
  input: UpdateShopInput;
};

/** A brand's product. `@aws_iam` lets backend publishers (live pins, order updates) return it. */
export type Product = {
  __typename?: 'Product';
  /** Errors: none. */
  brand: Brand;
  brandId: Scalars['ID']['output'];
  /** What a creator earns on a sale, in basis points of the price (100 = 1%); 100 to 5000. */
  commissionRateBps: Scalars['Int']['output'];
  createdAt: Scalars['AWSDateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['AWSURL']['output']>;
  /** Units in stock; never negative. */
  inventory: Scalars['Int']['output'];
  price: Money;
  /** Days a buyer has to return the product; 0 to 90. */
  returnWindowDays: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['AWSDateTime']['output'];
};

export type ProductPage = {
  __typename?: 'ProductPage';
  items: Array<Product>;
  /** Pass back to get the next page; null on the last page. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** A user's own profile, as only they see it. */
export type Profile = {
  __typename?: 'Profile';
  avatarUrl?: Maybe<Scalars['AWSURL']['output']>;
  bio?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['AWSDateTime']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['AWSDateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Null when there is no such brand. Errors: none. */
  brand?: Maybe<Brand>;
  /** Null when the user has no creator profile. Errors: none. */
  creator?: Maybe<Creator>;
  /** The signed-in caller. Errors: Unauthorized. */
  me: Me;
  /** The caller's shop, or null. Errors: Unauthorized. */
  myShop?: Maybe<Shop>;
  /** Null when there is no such product. Errors: none. */
  product?: Maybe<Product>;
  /** A brand's products, newest first. `limit` defaults to 20, at most 100. Errors: VALIDATION. */
  products: ProductPage;
  /** Null when there is no such shop. Errors: none. */
  shop?: Maybe<Shop>;
  /** Slugs are case-insensitive; an impossible slug simply finds nothing. Errors: UNAVAILABLE. */
  shopBySlug?: Maybe<Shop>;
};


export type QueryBrandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCreatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  brandId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


export type QueryShopArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShopBySlugArgs = {
  slug: Scalars['String']['input'];
};

/** What a signed-in user may do, from their Cognito groups. */
export type Role =
  | 'ADMIN'
  | 'BRAND'
  | 'CREATOR'
  | 'SHOPPER';

/** A creator's video shop, reachable at its unique slug. */
export type Shop = {
  __typename?: 'Shop';
  bannerUrl?: Maybe<Scalars['AWSURL']['output']>;
  createdAt: Scalars['AWSDateTime']['output'];
  /** Errors: none. */
  creator: Creator;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Unique across the platform: 3 to 40 of a-z, 0-9 and single inner hyphens. */
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['AWSDateTime']['output'];
};

/**
 * Fields left out are kept; `description` or `imageUrl` set to null are removed. Stock is changed
 * only by `updateInventory`, as a delta, so that a concurrent sale is never overwritten.
 */
export type UpdateProductInput = {
  commissionRateBps?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  price?: InputMaybe<MoneyInput>;
  returnWindowDays?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out are kept; `bio` or `avatarUrl` set to null are removed. */
export type UpdateProfileInput = {
  avatarUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out are kept; `description` or `bannerUrl` set to null are removed. */
export type UpdateShopInput = {
  bannerUrl?: InputMaybe<Scalars['AWSURL']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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
  Brand: ResolverTypeWrapper<Brand>;
  BrandPage: ResolverTypeWrapper<BrandPage>;
  CreateBrandInput: CreateBrandInput;
  CreateCreatorProfileInput: CreateCreatorProfileInput;
  CreateProductInput: CreateProductInput;
  CreateShopInput: CreateShopInput;
  Creator: ResolverTypeWrapper<Creator>;
  CurrencyCode: CurrencyCode;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Me: ResolverTypeWrapper<Me>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Product: ResolverTypeWrapper<Product>;
  ProductPage: ResolverTypeWrapper<ProductPage>;
  Profile: ResolverTypeWrapper<Profile>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Shop: ResolverTypeWrapper<Shop>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateProductInput: UpdateProductInput;
  UpdateProfileInput: UpdateProfileInput;
  UpdateShopInput: UpdateShopInput;
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
  Brand: Brand;
  BrandPage: BrandPage;
  CreateBrandInput: CreateBrandInput;
  CreateCreatorProfileInput: CreateCreatorProfileInput;
  CreateProductInput: CreateProductInput;
  CreateShopInput: CreateShopInput;
  Creator: Creator;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Me: Me;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Product: Product;
  ProductPage: ProductPage;
  Profile: Profile;
  Query: Record<PropertyKey, never>;
  Shop: Shop;
  String: Scalars['String']['output'];
  UpdateProductInput: UpdateProductInput;
  UpdateProfileInput: UpdateProfileInput;
  UpdateShopInput: UpdateShopInput;
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

export type BrandResolvers<ContextType = any, ParentType extends ResolversParentTypes['Brand'] = ResolversParentTypes['Brand']> = {
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<ResolversTypes['ProductPage'], ParentType, ContextType, Partial<BrandProductsArgs>>;
  websiteUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
};

export type BrandPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['BrandPage'] = ResolversParentTypes['BrandPage']> = {
  items?: Resolver<Array<ResolversTypes['Brand']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatorResolvers<ContextType = any, ParentType extends ResolversParentTypes['Creator'] = ResolversParentTypes['Creator']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creatorSince?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shop?: Resolver<Maybe<ResolversTypes['Shop']>, ParentType, ContextType>;
};

export type MeResolvers<ContextType = any, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  brands?: Resolver<ResolversTypes['BrandPage'], ParentType, ContextType, Partial<MeBrandsArgs>>;
  creator?: Resolver<Maybe<ResolversTypes['Creator']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['Profile']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  shop?: Resolver<Maybe<ResolversTypes['Shop']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['CurrencyCode'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createBrand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType, RequireFields<MutationCreateBrandArgs, 'input'>>;
  createCreatorProfile?: Resolver<ResolversTypes['Creator'], ParentType, ContextType, RequireFields<MutationCreateCreatorProfileArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createShop?: Resolver<ResolversTypes['Shop'], ParentType, ContextType, RequireFields<MutationCreateShopArgs, 'input'>>;
  updateInventory?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpdateInventoryArgs, 'delta' | 'productId'>>;
  updateProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'id' | 'input'>>;
  updateProfile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateShop?: Resolver<ResolversTypes['Shop'], ParentType, ContextType, RequireFields<MutationUpdateShopArgs, 'id' | 'input'>>;
};

export type ProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  brandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commissionRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
  inventory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  returnWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type ProductPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductPage'] = ResolversParentTypes['ProductPage']> = {
  items?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProfileResolvers<ContextType = any, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  brand?: Resolver<Maybe<ResolversTypes['Brand']>, ParentType, ContextType, RequireFields<QueryBrandArgs, 'id'>>;
  creator?: Resolver<Maybe<ResolversTypes['Creator']>, ParentType, ContextType, RequireFields<QueryCreatorArgs, 'id'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  myShop?: Resolver<Maybe<ResolversTypes['Shop']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductPage'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'brandId'>>;
  shop?: Resolver<Maybe<ResolversTypes['Shop']>, ParentType, ContextType, RequireFields<QueryShopArgs, 'id'>>;
  shopBySlug?: Resolver<Maybe<ResolversTypes['Shop']>, ParentType, ContextType, RequireFields<QueryShopBySlugArgs, 'slug'>>;
};

export type ShopResolvers<ContextType = any, ParentType extends ResolversParentTypes['Shop'] = ResolversParentTypes['Shop']> = {
  bannerUrl?: Resolver<Maybe<ResolversTypes['AWSURL']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  creator?: Resolver<ResolversTypes['Creator'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
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
  Brand?: BrandResolvers<ContextType>;
  BrandPage?: BrandPageResolvers<ContextType>;
  Creator?: CreatorResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductPage?: ProductPageResolvers<ContextType>;
  Profile?: ProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Shop?: ShopResolvers<ContextType>;
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
