/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateBrandInput = {
  /** At most 2000 characters. */
  description?: string | null | undefined;
  logoUrl?: string | null | undefined;
  /** 1 to 80 characters. */
  name: string;
  /** The Cognito `sub` of the brand's owner, a user of the `brands` group. */
  ownerId: string | number;
  websiteUrl?: string | null | undefined;
};

export type CreateCreatorProfileInput = {
  avatarUrl?: string | null | undefined;
  /** At most 500 characters. */
  bio?: string | null | undefined;
  /** 1 to 60 characters. */
  displayName: string;
};

export type CreateProductInput = {
  brandId: string | number;
  /** 100 to 5000 basis points. */
  commissionRateBps: number;
  /** At most 5000 characters. */
  description?: string | null | undefined;
  imageUrl?: string | null | undefined;
  /** Initial stock, 0 to 1,000,000. */
  inventory: number;
  price: MoneyInput;
  /** 0 to 90 days. */
  returnWindowDays: number;
  /** 1 to 120 characters. */
  title: string;
};

export type CreateShopInput = {
  bannerUrl?: string | null | undefined;
  /** At most 2000 characters. */
  description?: string | null | undefined;
  /** 3 to 40 of a-z, 0-9 and single inner hyphens; upper case is lowered. */
  slug: string;
  /** 1 to 80 characters. */
  title: string;
};

/** The ISO 4217 currencies the platform settles in. */
export type CurrencyCode =
  | 'AUD'
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

export type MoneyInput = {
  /** Integer minor units, 1 to 10,000,000 (100,000.00 in a two-decimal currency). */
  amount: number;
  currency: CurrencyCode;
};

/** What a signed-in user may do, from their Cognito groups. */
export type Role =
  | 'ADMIN'
  | 'BRAND'
  | 'CREATOR'
  | 'SHOPPER';

/**
 * Fields left out are kept; `description` or `imageUrl` set to null are removed. Stock is changed
 * only by `updateInventory`, as a delta, so that a concurrent sale is never overwritten.
 */
export type UpdateProductInput = {
  commissionRateBps?: number | null | undefined;
  description?: string | null | undefined;
  imageUrl?: string | null | undefined;
  price?: MoneyInput | null | undefined;
  returnWindowDays?: number | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out are kept; `bio` or `avatarUrl` set to null are removed. */
export type UpdateProfileInput = {
  avatarUrl?: string | null | undefined;
  bio?: string | null | undefined;
  displayName?: string | null | undefined;
};

/** Fields left out are kept; `description` or `bannerUrl` set to null are removed. */
export type UpdateShopInput = {
  bannerUrl?: string | null | undefined;
  description?: string | null | undefined;
  slug?: string | null | undefined;
  title?: string | null | undefined;
};

export type MoneyFieldsFragment = { amount: number, currency: CurrencyCode };

export type CreatorFieldsFragment = { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string };

export type ShopFieldsFragment = { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } };

export type ProductFieldsFragment = { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } };

export type BrandFieldsFragment = { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, roles: Array<Role>, profile: { id: string, displayName: string, bio: string | null, avatarUrl: string | null } | null, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } | null, shop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null } };

export type MyBrandsQueryVariables = Exact<{
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type MyBrandsQuery = { me: { id: string, brands: { nextToken: string | null, items: Array<{ id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string }> } } };

export type ShopQueryVariables = Exact<{
  id: string | number;
}>;


export type ShopQuery = { shop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null };

export type ShopBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ShopBySlugQuery = { shopBySlug: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null };

export type MyShopQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShopQuery = { myShop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null };

export type CreatorQueryVariables = Exact<{
  id: string | number;
}>;


export type CreatorQuery = { creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string, shop: { id: string, slug: string, title: string } | null } | null };

export type BrandQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type BrandQuery = { brand: { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string, products: { nextToken: string | null, items: Array<{ id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } }> } } | null };

export type ProductQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductQuery = { product: { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, brand: { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string }, price: { amount: number, currency: CurrencyCode } } | null };

export type ProductsQueryVariables = Exact<{
  brandId: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type ProductsQuery = { products: { nextToken: string | null, items: Array<{ id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } }> } };

export type CreateCreatorProfileMutationVariables = Exact<{
  input: CreateCreatorProfileInput;
}>;


export type CreateCreatorProfileMutation = { createCreatorProfile: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, updatedAt: string } };

export type CreateBrandMutationVariables = Exact<{
  input: CreateBrandInput;
}>;


export type CreateBrandMutation = { createBrand: { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string } };

export type CreateShopMutationVariables = Exact<{
  input: CreateShopInput;
}>;


export type CreateShopMutation = { createShop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } };

export type UpdateShopMutationVariables = Exact<{
  id: string | number;
  input: UpdateShopInput;
}>;


export type UpdateShopMutation = { updateShop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } } };

export type UpdateProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } } };

export type UpdateInventoryMutationVariables = Exact<{
  productId: string | number;
  delta: number;
}>;


export type UpdateInventoryMutation = { updateInventory: { id: string, inventory: number, updatedAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CreatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
    `, {"fragmentName":"CreatorFields"}) as unknown as TypedDocumentString<CreatorFieldsFragment, unknown>;
export const ShopFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}`, {"fragmentName":"ShopFields"}) as unknown as TypedDocumentString<ShopFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = new TypedDocumentString(`
    fragment MoneyFields on Money {
  amount
  currency
}
    `, {"fragmentName":"MoneyFields"}) as unknown as TypedDocumentString<MoneyFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const BrandFieldsFragmentDoc = new TypedDocumentString(`
    fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}
    `, {"fragmentName":"BrandFields"}) as unknown as TypedDocumentString<BrandFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    roles
    profile {
      id
      displayName
      bio
      avatarUrl
    }
    creator {
      ...CreatorFields
    }
    shop {
      ...ShopFields
    }
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyBrandsDocument = new TypedDocumentString(`
    query MyBrands($limit: Int, $nextToken: String) {
  me {
    id
    brands(limit: $limit, nextToken: $nextToken) {
      items {
        ...BrandFields
      }
      nextToken
    }
  }
}
    fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<MyBrandsQuery, MyBrandsQueryVariables>;
export const ShopDocument = new TypedDocumentString(`
    query Shop($id: ID!) {
  shop(id: $id) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<ShopQuery, ShopQueryVariables>;
export const ShopBySlugDocument = new TypedDocumentString(`
    query ShopBySlug($slug: String!) {
  shopBySlug(slug: $slug) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<ShopBySlugQuery, ShopBySlugQueryVariables>;
export const MyShopDocument = new TypedDocumentString(`
    query MyShop {
  myShop {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<MyShopQuery, MyShopQueryVariables>;
export const CreatorDocument = new TypedDocumentString(`
    query Creator($id: ID!) {
  creator(id: $id) {
    ...CreatorFields
    shop {
      id
      slug
      title
    }
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}`) as unknown as TypedDocumentString<CreatorQuery, CreatorQueryVariables>;
export const BrandDocument = new TypedDocumentString(`
    query Brand($id: ID!, $limit: Int, $nextToken: String) {
  brand(id: $id) {
    ...BrandFields
    products(limit: $limit, nextToken: $nextToken) {
      items {
        ...ProductFields
      }
      nextToken
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<BrandQuery, BrandQueryVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($id: ID!) {
  product(id: $id) {
    ...ProductFields
    brand {
      ...BrandFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($brandId: ID!, $limit: Int, $nextToken: String) {
  products(brandId: $brandId, limit: $limit, nextToken: $nextToken) {
    items {
      ...ProductFields
    }
    nextToken
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const CreateCreatorProfileDocument = new TypedDocumentString(`
    mutation CreateCreatorProfile($input: CreateCreatorProfileInput!) {
  createCreatorProfile(input: $input) {
    ...CreatorFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}`) as unknown as TypedDocumentString<CreateCreatorProfileMutation, CreateCreatorProfileMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    displayName
    bio
    avatarUrl
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const CreateBrandDocument = new TypedDocumentString(`
    mutation CreateBrand($input: CreateBrandInput!) {
  createBrand(input: $input) {
    ...BrandFields
  }
}
    fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<CreateBrandMutation, CreateBrandMutationVariables>;
export const CreateShopDocument = new TypedDocumentString(`
    mutation CreateShop($input: CreateShopInput!) {
  createShop(input: $input) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<CreateShopMutation, CreateShopMutationVariables>;
export const UpdateShopDocument = new TypedDocumentString(`
    mutation UpdateShop($id: ID!, $input: UpdateShopInput!) {
  updateShop(id: $id, input: $input) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<UpdateShopMutation, UpdateShopMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    ...ProductFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) {
    ...ProductFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const UpdateInventoryDocument = new TypedDocumentString(`
    mutation UpdateInventory($productId: ID!, $delta: Int!) {
  updateInventory(productId: $productId, delta: $delta) {
    id
    inventory
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateInventoryMutation, UpdateInventoryMutationVariables>;