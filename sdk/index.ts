// The Videoshops client SDK: a typed document for every operation of sdk/operations/ (checked
// against the Merged API schema by `npm run codegen`) and a minimal client to send them.
export * from './client.ts';
export * from './generated/graphql.ts';
