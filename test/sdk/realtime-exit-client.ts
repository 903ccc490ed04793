// A Node process that subscribes through the SDK, reads one event, stops, and then has nothing
// left to do: test/sdk/realtime.test.ts expects it to exit by itself.
import WebSocket from 'ws';
import { subscribe } from '../../sdk/src/realtime/index.ts';
import { apiKeyAuth } from './realtime-support.ts';

const subscription = subscribe(
  { url: process.env.ENDPOINT!, authorize: apiKeyAuth(process.env.API_KEY!), WebSocket },
  'subscription { onLiveEvent(streamId: "exit-1") { streamId seq } }',
);
await subscription.ready;
process.stdout.write('ready\n');
for await (const result of subscription) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  break;
}
