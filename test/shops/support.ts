import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { videoshopsApi } from '../../model/videoshops.ts';
import type { LocalRuntime, LocalRuntimeOptions } from '../../local/runtime.ts';
import { graphql, post, startTestRuntime, type HttpResult } from '../support/runtime.ts';

export const startShopsRuntime = (options: Partial<LocalRuntimeOptions> = {}) => startTestRuntime(videoshopsApi, options);

/** A GraphQL client for one caller: a user of the local pool with the groups given, or the API key. */
export interface Caller {
  sub: string;
  call(query: string, variables?: Record<string, unknown>): Promise<HttpResult>;
}

let serial = 0;

/** A fresh user (unique username) of the runtime's pool in these groups: its `sub` and an ID token, as the apps sign in. */
export async function freshUser(runtime: LocalRuntime, groups: string[], name = groups[0] ?? 'user') {
  serial += 1;
  const username = `${name}-${serial}-${randomBytes(3).toString('hex')}`;
  const { idToken } = await runtime.auth.userPool.tokensFor(username, { groups });
  const sub = JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString()).sub as string;
  return { sub, idToken };
}

/** A fresh user of the runtime's pool, signed in with an ID token, as the apps do. */
export async function signIn(runtime: LocalRuntime, groups: string[], name = groups[0] ?? 'user'): Promise<Caller> {
  const { sub, idToken } = await freshUser(runtime, groups, name);
  return {
    sub,
    call: (query, variables) => post(runtime.url, JSON.stringify({ query, variables }), { authorization: idToken }),
  };
}

export const anonymous = (runtime: LocalRuntime): Caller => ({ sub: '', call: (query, variables) => graphql(runtime, query, variables) });

/** The one error of a failed field, checked to carry `errorType`. */
export function expectError(res: HttpResult, errorType: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  expect(res.body.errors[0]).toMatchObject({ errorType });
  return res.body.errors[0] as { errorType: string; message: string; errorInfo: any; data: any; path: string[] };
}

/** The data of a request that must have succeeded. */
export function expectData(res: HttpResult) {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data;
}

/** Every item of a table, sorted by key: compared before and after a refused write. */
export async function tableItems(runtime: LocalRuntime, logical = 'Shops') {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, any> | undefined;
  do {
    const page = await runtime.dynamoDb.send(
      new ScanCommand({ TableName: runtime.tableName(logical), ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []).map((i) => unmarshall(i)));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => `${a.pk}/${a.sk}`.localeCompare(`${b.pk}/${b.sk}`));
}

export const CREATE_CREATOR_PROFILE = `mutation ($input: CreateCreatorProfileInput!) {
  createCreatorProfile(input: $input) { id displayName bio avatarUrl creatorSince shop { id } }
}`;

export const CREATE_SHOP = `mutation ($input: CreateShopInput!) {
  createShop(input: $input) { id slug title description bannerUrl createdAt updatedAt creator { id displayName } }
}`;

export const CREATE_BRAND = `mutation ($input: CreateBrandInput!) {
  createBrand(input: $input) { id name description logoUrl websiteUrl createdAt }
}`;

export const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) {
  createProduct(input: $input) {
    id brandId title description imageUrl price { amount currency } inventory commissionRateBps returnWindowDays
    createdAt updatedAt brand { id name }
  }
}`;

export const UPDATE_INVENTORY = `mutation ($productId: ID!, $delta: Int!) {
  updateInventory(productId: $productId, delta: $delta) { id inventory }
}`;

/** A signed-in creator with a creator profile. */
export async function creator(runtime: LocalRuntime, displayName = 'Test Creator'): Promise<Caller> {
  const user = await signIn(runtime, ['creators'], 'creator');
  expectData(await user.call(CREATE_CREATOR_PROFILE, { input: { displayName } }));
  return user;
}

/** A signed-in creator with a shop at `slug`. */
export async function creatorWithShop(runtime: LocalRuntime, slug: string) {
  const user = await creator(runtime);
  const shop = expectData(await user.call(CREATE_SHOP, { input: { slug, title: `Shop ${slug}` } })).createShop;
  return { user, shop };
}

/** A brand owned by a fresh user of the `brands` group, created by an admin. */
export async function brandWithOwner(runtime: LocalRuntime, name = 'Test Brand') {
  const admin = await signIn(runtime, ['admins'], 'admin');
  const owner = await signIn(runtime, ['brands'], 'brand');
  const brand = expectData(await admin.call(CREATE_BRAND, { input: { name, ownerId: owner.sub } })).createBrand;
  return { admin, owner, brand };
}

export const productInput = (brandId: string, overrides: Record<string, unknown> = {}) => ({
  brandId,
  title: 'Copper Saucepan',
  description: 'Two quarts, tin-lined.',
  imageUrl: 'https://images.example/saucepan.jpg',
  price: { amount: 12900, currency: 'USD' },
  inventory: 40,
  commissionRateBps: 1200,
  returnWindowDays: 30,
  ...overrides,
});
