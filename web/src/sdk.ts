// The SDK as the pages use it: @videoshops/sdk, plus one auth mode its client lacks. The console
// sends IAM requests signed by its server (no secret key in the page), so its client takes an
// `Authorize` (the headers of each request) rather than credentials: queries and mutations are
// sent here, subscriptions by the SDK's own real-time client.
import { print } from 'graphql';
import { createClient as createSdkClient, type AuthOptions as SdkAuthOptions, type Authorize, type Client } from '@videoshops/sdk';
import { createRealtimeClient } from '../../sdk/src/realtime/index.ts';

export * from '@videoshops/sdk';

export type AuthOptions = SdkAuthOptions | { type: 'signedElsewhere'; authorize: Authorize };

export function createClient({ url, auth }: { url: string; auth: AuthOptions }): Client {
  if (auth.type !== 'signedElsewhere') return createSdkClient({ url, auth });
  const { authorize } = auth;
  const realtime = createRealtimeClient({ url, authorize });
  const send = (async (document, variables) => {
    const body = JSON.stringify({ query: print(document), variables: variables ?? {} });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authorize({ url, body })) },
      body,
    });
    const answer = (await response.json()) as { data?: unknown; errors?: [] };
    return { data: answer.data ?? null, errors: answer.errors ?? [] };
  }) as Client['query'];
  const subscribe = ((document, variables) => realtime.subscribe(print(document), variables)) as Client['subscribe'];
  return { query: send, mutate: send, subscribe };
}
