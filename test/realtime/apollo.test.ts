import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client/core';
import { AUTH_TYPE, createAuthLink, type AuthOptions } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
const globals = globalThis as { WebSocket?: unknown };
const originalWebSocket = globals.WebSocket;

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi);
  // Node 20 has no global WebSocket; the subscription link uses the global one.
  globals.WebSocket = WebSocket;
});

afterAll(async () => {
  globals.WebSocket = originalWebSocket;
  await runtime?.stop();
});

/** Apollo Client wired as the aws-appsync-subscription-link README shows. */
function apolloClient(auth: AuthOptions) {
  const config = { url: runtime.url, region: runtime.auth.iam.region, auth };
  return new ApolloClient({
    link: ApolloLink.from([createAuthLink(config), createSubscriptionHandshakeLink(config, new HttpLink({ uri: runtime.url }))]),
    cache: new InMemoryCache(),
  });
}

const ON_LIVE = gql`
  subscription OnLive($streamId: ID) {
    onLiveEvent(streamId: $streamId) { streamId seq body }
  }
`;
const SEND = gql`
  mutation Send($input: LiveEventInput!) {
    sendLiveEvent(input: $input) { streamId seq body }
  }
`;

/**
 * Subscribes, then sends events through the API until the first arrives (the link does not say when
 * the subscription is acknowledged), then one more that must be the next event received.
 */
async function roundTrip(client: ApolloClient<unknown>, streamId: string) {
  const received: { streamId: string; seq: number; body: string }[] = [];
  let failure: unknown;
  const subscription = client.subscribe({ query: ON_LIVE, variables: { streamId } }).subscribe({
    next: ({ data }) => received.push(data.onLiveEvent),
    error: (e) => (failure = e),
  });
  const deadline = Date.now() + 20_000;
  for (let seq = 1; received.length === 0 && !failure; seq += 1) {
    if (Date.now() > deadline) throw new Error('no event reached the subscription');
    await client.mutate({ mutation: SEND, variables: { input: { streamId, seq, body: 'warm-up' } } });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
  const seen = received.length;
  await client.mutate({ mutation: SEND, variables: { input: { streamId, seq: 1000, body: 'the one' } } });
  while (received.length === seen && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  subscription.unsubscribe();
  return received.slice(seen);
}

describe('Apollo Client with aws-appsync-subscription-link, unmodified', () => {
  it.each([
    ['the API key', async (): Promise<AuthOptions> => ({ type: AUTH_TYPE.API_KEY, apiKey: runtime.apiKey })],
    [
      'a user pool token',
      async (): Promise<AuthOptions> => {
        const { idToken } = await runtime.auth.userPool.tokensFor('sam.shopper');
        return { type: AUTH_TYPE.AMAZON_COGNITO_USER_POOLS, jwtToken: async () => idToken };
      },
    ],
    [
      'IAM credentials',
      // A principal granted Subscription.onLiveEvent and Mutation.sendLiveEvent.
      async (): Promise<AuthOptions> => ({
        type: AUTH_TYPE.AWS_IAM,
        credentials: runtime.auth.iam.principal('fixtureLiveSubscriber').credentials,
      }),
    ],
  ])(
    'receives the events of mutations made through the API, authorized with %s',
    async (name, auth) => {
      // Prepare
      const client = apolloClient(await auth());

      // Act
      const events = await roundTrip(client, `apollo-${name}`);

      // Assess
      expect(events).toEqual([{ __typename: 'LiveEvent', streamId: `apollo-${name}`, seq: 1000, body: 'the one' }]);
      client.stop();
    },
    60_000,
  );
});
