import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client/core';
import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import { Hub } from 'aws-amplify/utils';
import { AUTH_TYPE, createAuthLink } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import WebSocket from 'ws';
import { demoStreamIds } from '../../demo/live.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  amplifyGraphql,
  amplifySubscribe,
  OnLiveStreamEventDocument,
  ShopBySlugDocument,
  type OnLiveStreamEventSubscription,
  type ShopBySlugQuery,
} from '../../sdk/src/index.ts';
import { UpdateViewerCountDocument } from '../../sdk/src/backend.ts';
import { backendClient, dataOf, startSdkRuntime } from './support.ts';

let runtime: LocalRuntime;
const globals = globalThis as { WebSocket?: unknown };
const originalWebSocket = globals.WebSocket;

/**
 * Node 20 has no global WebSocket; Amplify and the subscription link use the global one. Amplify
 * always asks for `wss://`: this one reaches the plain-HTTP runtime over `ws://` (front ends use
 * `npm start -- --https`, test/realtime/amplify-wss-client.ts the same over TLS).
 */
class LocalWebSocket extends WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(String(url).replace(/^wss:/, 'ws:'), protocols);
  }
}

beforeAll(async () => {
  runtime = await startSdkRuntime();
  globals.WebSocket = LocalWebSocket;
  Amplify.configure(runtime.outputs as unknown as ResourcesConfig);
});
afterAll(async () => {
  globals.WebSocket = originalWebSocket;
  await runtime?.stop();
});

const streamId = demoStreamIds().live;
/** The demo stream's audience as the aggregator reports it, through the SDK with IAM: an event to every subscriber. */
const reportViewers = (viewerCount: number) =>
  backendClient(runtime, 'viewerCountAggregator').mutate(UpdateViewerCountDocument, { streamId, viewerCount }).then(dataOf);

describe('The SDK documents in the clients front ends use', () => {
  it('run a typed query with Apollo Client', async () => {
    // Prepare
    const client = new ApolloClient({
      link: new HttpLink({ uri: runtime.url, headers: { 'x-api-key': runtime.apiKey } }),
      cache: new InMemoryCache(),
    });
    // Act
    const { data } = await client.query({ query: ShopBySlugDocument, variables: { slug: 'cora-cooks' } });
    // Assess
    expectTypeOf(data).toEqualTypeOf<ShopBySlugQuery>();
    expect(data.shopBySlug).toMatchObject({ slug: 'cora-cooks', title: 'Cora Cooks' });
  });

  it('run a typed query with urql', async () => {
    // Prepare: AppSync takes POST only
    const client = new UrqlClient({
      url: runtime.url,
      exchanges: [fetchExchange],
      preferGetMethod: false,
      fetchOptions: { headers: { 'x-api-key': runtime.apiKey } },
    });
    // Act
    const { data, error } = await client.query(ShopBySlugDocument, { slug: 'cora-cooks' }).toPromise();
    // Assess
    expectTypeOf(data).toEqualTypeOf<ShopBySlugQuery | undefined>();
    expect(error).toBeUndefined();
    expect(data?.shopBySlug).toMatchObject({ slug: 'cora-cooks', title: 'Cora Cooks' });
  });

  it('run a typed query with Amplify through the SDK’s helper', async () => {
    // Act
    const { data, errors } = await amplifyGraphql(generateClient({ authMode: 'apiKey' }), ShopBySlugDocument, { slug: 'cora-cooks' });
    // Assess
    expectTypeOf(data).toEqualTypeOf<ShopBySlugQuery | null>();
    expect(errors).toEqual([]);
    expect(data?.shopBySlug).toMatchObject({ slug: 'cora-cooks', title: 'Cora Cooks' });
  });

  it('subscribe with Amplify’s realtime client through the SDK’s helper, receiving the event a backend published', async () => {
    // Prepare
    const acknowledged = new Promise<void>((resolve) => {
      const stop = Hub.listen('api', ({ payload }) => {
        if (payload.event === 'Subscription ack') resolve(stop());
      });
    });
    const events = amplifySubscribe(generateClient({ authMode: 'apiKey' }), OnLiveStreamEventDocument, {
      streamId,
      kinds: ['VIEWER_COUNT'],
    });
    const received = new Promise<OnLiveStreamEventSubscription>((resolve, reject) => {
      const subscription = events.subscribe({ next: (data) => resolve((subscription.unsubscribe(), data)), error: reject });
    });
    await acknowledged;
    // Act
    const { updateViewerCount: published } = await reportViewers(1234);
    // Assess
    expect((await received).onLiveStreamEvent).toEqual(published);
  });

  it('subscribe with Apollo Client and AppSync’s subscription link, receiving the events a backend published', async () => {
    // Prepare
    const config = {
      url: runtime.url,
      region: runtime.auth.iam.region,
      auth: { type: AUTH_TYPE.API_KEY, apiKey: runtime.apiKey } as const,
    };
    const client = new ApolloClient({
      link: ApolloLink.from([createAuthLink(config), createSubscriptionHandshakeLink(config, new HttpLink({ uri: runtime.url }))]),
      cache: new InMemoryCache(),
    });
    const received: OnLiveStreamEventSubscription[] = [];
    const subscription = client
      .subscribe({ query: OnLiveStreamEventDocument, variables: { streamId, kinds: ['VIEWER_COUNT'] } })
      .subscribe({
        next: ({ data }) => data && received.push(data),
      });
    try {
      // Act: the link does not say when the subscription is acknowledged, so publish until one arrives
      for (let count = 2000; received.length === 0 && count < 2200; count += 1) {
        await reportViewers(count);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Assess
      expect(received[0]?.onLiveStreamEvent).toMatchObject({ streamId, kind: 'VIEWER_COUNT', viewerCount: expect.any(Number) });
    } finally {
      subscription.unsubscribe();
    }
  });
});
