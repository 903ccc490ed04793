// The SDK as the pages use it. The console's IAM requests are signed by its server (no secret key
// in the page): they use the SDK's `headers` auth mode with the server's signature.
export * from '@videoshops/sdk';
