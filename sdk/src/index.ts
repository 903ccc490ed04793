// @videoshops/sdk: the front ends' operations (API key, signed-in users) as typed documents, the
// client that sends them, and the helper for Amplify. IAM-only operations are in ./backend.ts.
export * from './shared.js';
export * from './amplify.js';
export * from './generated/client.js';
