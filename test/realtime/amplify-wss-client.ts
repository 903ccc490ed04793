/**
 * An unmodified Amplify JS v6 front end against the runtime's HTTPS/WSS endpoint, run in its own
 * process because Node trusts the local certificate only through NODE_EXTRA_CA_CERTS, read at start.
 * It subscribes (API key, then a signed-in user pool user), makes a mutation through the API once
 * Amplify reports the subscription acknowledged, and prints what it received as one JSON line.
 *
 *   NODE_EXTRA_CA_CERTS=<cert> ENDPOINT=https://127.0.0.1:<port>/graphql API_KEY=… POOL_ID=… CLIENT_ID=… node --import tsx test/realtime/amplify-wss-client.ts
 */
import WebSocket from 'ws';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import { signIn } from 'aws-amplify/auth';
import { Hub } from 'aws-amplify/utils';
import { DEMO_PASSWORD } from '../../demo/users.ts';

// Node 20 has no global WebSocket; Amplify uses whatever the global is.
(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;

const env = (name: string) =>
  process.env[name] ??
  (() => {
    throw new Error(`${name} is not set`);
  })();
const endpoint = env('ENDPOINT');

Amplify.configure({
  Auth: { Cognito: { userPoolId: env('POOL_ID'), userPoolClientId: env('CLIENT_ID'), userPoolEndpoint: new URL(endpoint).origin } },
  API: { GraphQL: { endpoint, region: 'us-east-1', defaultAuthMode: 'apiKey', apiKey: env('API_KEY') } },
});

type Observable = { subscribe(observer: { next: (event: unknown) => void; error: (e: unknown) => void }): { unsubscribe(): void } };

const client = generateClient();
const ON_LIVE = /* GraphQL */ `
  subscription OnLive($streamId: ID) {
    onLiveEvent(streamId: $streamId) { streamId seq body }
  }
`;
const SEND = /* GraphQL */ `
  mutation Send($input: LiveEventInput!) {
    sendLiveEvent(input: $input) { streamId seq body }
  }
`;

/** Subscribes, waits for Amplify's "Subscription ack", sends one event through the API, resolves with the first event received. */
function roundTrip(authMode: 'apiKey' | 'userPool', streamId: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const stopListening = Hub.listen('api', ({ payload }) => {
      if (payload.event !== 'Subscription ack' || (payload.data as { variables?: { streamId?: string } })?.variables?.streamId !== streamId)
        return;
      stopListening();
      (
        client.graphql({ query: SEND, variables: { input: { streamId, seq: 1, body: `via ${authMode}` } }, authMode }) as Promise<unknown>
      ).catch(reject);
    });
    // A query given as a string is untyped: the result is an Observable for a subscription.
    const events = client.graphql({ query: ON_LIVE, variables: { streamId }, authMode }) as unknown as Observable;
    const subscription = events.subscribe({
      next: (event) => {
        subscription.unsubscribe();
        resolve(event);
      },
      error: (e: unknown) => reject(new Error(JSON.stringify(e))),
    });
  });
}

const timer = setTimeout(() => {
  console.log(JSON.stringify({ error: 'timed out' }));
  process.exit(1);
}, 100_000);

try {
  const withApiKey = await roundTrip('apiKey', 'amplify-key');
  await signIn({ username: 'sam.shopper@example.com', password: DEMO_PASSWORD });
  const withUserPool = await roundTrip('userPool', 'amplify-pool');
  console.log(JSON.stringify({ withApiKey, withUserPool }));
  clearTimeout(timer);
  process.exit(0);
} catch (e) {
  console.log(JSON.stringify({ error: String((e as Error)?.message ?? e) }));
  process.exit(1);
}
