// @videoshops/sdk/backend: the IAM-only operations (the checkout workflow, the earnings job, the
// viewer-count aggregator) as typed documents, and the client that sends them.
export * from './shared.js';
export * from './generated/backend.js';
