// An AppSync API's own domain: what Amplify JS tests a GraphQL URL against
// (aws-amplify/amplify-js, packages/api-graphql/src/Providers/AWSWebSocketProvider/appsyncUrl.ts).
const APPSYNC_DOMAIN = /^https:\/\/\w{26}\.appsync-api\.\w{2}(?:-\w{2,})+-\d\.amazonaws\.com(?:\.cn)?\/graphql$/i;

/**
 * The real-time endpoint of a GraphQL endpoint, as AppSync serves it
 * (https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html): on an
 * AppSync domain, the same URL on the `appsync-realtime-api` host; on any other domain (a custom
 * domain, and the local runtime, local/realtime/server.ts), `<GraphQL URL>/realtime`. `https`
 * becomes `wss` and `http` `ws`, so a plain-HTTP local runtime is reached without TLS.
 */
export function realtimeUrl(graphqlUrl: string): string {
  const url = APPSYNC_DOMAIN.test(graphqlUrl)
    ? graphqlUrl.replace('.appsync-api.', '.appsync-realtime-api.')
    : `${graphqlUrl.replace(/\/$/, '')}/realtime`;
  return url.replace(/^http/i, 'ws');
}
