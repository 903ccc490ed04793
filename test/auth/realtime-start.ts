import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { LocalRuntime } from '../../local/runtime.ts';
import { appSyncAuthHeaders, type AppSyncCaller } from '../../local/auth/request-headers.ts';
import { allowed, type Outcome } from './outcomes.ts';

/**
 * AppSync's real-time authorization headers for one caller
 * (https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html): `host` plus the API
 * key or token, or a SigV4 signature of `POST <api>/graphql/connect` (handshake) or `POST <api>/graphql`
 * with the `start` message's data as body.
 */
async function realtimeAuthorization(runtime: LocalRuntime, caller: AppSyncCaller | undefined, url: string, body: string) {
  const host = new URL(runtime.url).host;
  if (!caller) return { host };
  const headers = await appSyncAuthHeaders(caller, { url, body });
  return { ...headers, host };
}

type Frame = { type: string; id?: string; payload?: { errors?: { errorType?: string; message?: string; errorCode?: number }[] } };

/**
 * Opens a real-time connection as the caller (header-based handshake, as Amplify v6 does), starts
 * one subscription, and reads the answer as an Outcome: a refused handshake is `refused` with its
 * errorCode as status; a `start` refused as a whole is `refused` with status 401; Unauthorized
 * field errors are `denied`; `start_ack` is `allowed`.
 */
export async function startSubscription(
  runtime: LocalRuntime,
  caller: AppSyncCaller | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Outcome> {
  const handshake = await realtimeAuthorization(runtime, caller, `${new URL(runtime.url).origin}/graphql/connect`, '{}');
  const socket = new WebSocket(runtime.realtimeUrl, [
    'graphql-ws',
    `header-${Buffer.from(JSON.stringify(handshake)).toString('base64url')}`,
  ]);
  const frames: Frame[] = [];
  let notify = () => {};
  socket.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    notify();
  });
  const next = (types: string[]) =>
    new Promise<Frame>((resolve, reject) => {
      const check = () => {
        const index = frames.findIndex((f) => types.includes(f.type));
        if (index >= 0) resolve(frames.splice(index, 1)[0]!);
      };
      notify = check;
      socket.once('close', () => reject(new Error(`closed while waiting for ${types.join(' or ')}`)));
      socket.once('error', reject);
      check();
    });

  try {
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    socket.send(JSON.stringify({ type: 'connection_init' }));
    const connection = await next(['connection_ack', 'connection_error']);
    if (connection.type === 'connection_error') {
      const [error] = connection.payload?.errors ?? [];
      return { refused: { status: error?.errorCode ?? 0, errorType: error?.errorType ?? '', message: error?.message ?? '' } };
    }
    const id = randomUUID();
    const data = JSON.stringify({ query, variables: variables ?? {} });
    const authorization = await realtimeAuthorization(runtime, caller, runtime.url, data);
    socket.send(JSON.stringify({ id, type: 'start', payload: { data, extensions: { authorization } } }));
    const answer = await next(['start_ack', 'error']);
    if (answer.type === 'start_ack') return allowed;
    const errors = answer.payload?.errors ?? [];
    const unauthorized = errors.filter((e) => e.errorType === 'Unauthorized').map((e) => e.message!);
    if (unauthorized.length) return { denied: [...new Set(unauthorized)].sort() };
    const [error] = errors;
    return { refused: { status: 401, errorType: error?.errorType ?? '', message: error?.message ?? '' } };
  } finally {
    socket.close();
  }
}
