// @videoshops/sdk: the front ends' operations (API key, signed-in users) as typed documents, the
// client that sends them, and the helper for Amplify. IAM-only operations are in ./backend.ts.
export * from './shared.ts';
export * from './amplify.ts';
export * from './generated/client.ts';
