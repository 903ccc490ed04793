import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

/** AWS credentials, as `@aws-sdk/credential-providers` and Amplify's `fetchAuthSession()` give them. */
export type AwsCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * How the client proves who it is. `userPool`'s token function is called for every request so a
 * refreshing provider (Amplify's `fetchAuthSession`) plugs in; `iam` signs each request (SigV4)
 * and is meant for Node backends; credentials may be a provider for the same reason. `headers`
 * takes the headers of each request from elsewhere: a server that signs for a page which must not
 * hold the secret key, or a custom Lambda authorizer's token.
 */
export type AuthOptions =
  | { type: 'apiKey'; apiKey: string }
  | { type: 'userPool'; token: () => Promise<string> }
  | { type: 'iam'; credentials: AwsCredentials | (() => Promise<AwsCredentials>); region: string }
  | { type: 'headers'; authorize: Authorize };

/** The auth headers of one POST of `body` to `url`: a GraphQL request, a realtime handshake or `start`. */
export type Authorize = (request: { url: string; body: string }) => Promise<Record<string, string>>;

export function authorizer(auth: AuthOptions): Authorize {
  switch (auth.type) {
    case 'headers':
      return auth.authorize;
    case 'apiKey':
      return async (request) => ({ host: new URL(request.url).host, 'x-api-key': auth.apiKey });
    case 'userPool':
      return async (request) => ({ host: new URL(request.url).host, Authorization: await auth.token() });
    case 'iam': {
      const signer = new SignatureV4({ service: 'appsync', region: auth.region, credentials: auth.credentials, sha256: Sha256 });
      return async ({ url, body }) => {
        const target = new URL(url);
        // AppSync checks the signature over exactly these headers; the realtime protocol sends them back as given.
        const signed = await signer.sign({
          method: 'POST',
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port ? Number(target.port) : undefined,
          path: target.pathname,
          headers: {
            accept: 'application/json, text/javascript',
            'content-encoding': 'amz-1.0',
            'content-type': 'application/json; charset=UTF-8',
            host: target.host,
          },
          body,
        });
        return signed.headers;
      };
    }
  }
}
