// A Node process that subscribes through the SDK, reads one event, stops, and then has nothing
// left to do: test/sdk/realtime.test.ts expects it to exit by itself.
import WebSocket from 'ws';
import { authorizer } from '../../sdk/src/auth.ts';
import { createRealtimeClient } from '../../sdk/src/realtime/index.ts';

const realtime = createRealtimeClient({
  url: process.env.ENDPOINT!,
  authorize: authorizer({ type: 'apiKey', apiKey: process.env.API_KEY! }),
  WebSocket,
});
const subscription = realtime.subscribe('subscription { onLiveEvent(streamId: "exit-1") { streamId seq } }');
await subscription.ready;
process.stdout.write('ready\n');
for await (const result of subscription) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  break;
}
