import { outputs } from '../config.ts';
import { idToken } from '../auth.ts';
import { createClient, type Client, type Result } from '../sdk.ts';

let anonymous: Promise<Client> | undefined;
let signedIn: Promise<Client> | undefined;

/** Browsing: the API key of the served configuration. */
export function publicApi(): Promise<Client> {
  anonymous ??= outputs().then((o) => createClient({ url: o.data.url, auth: { type: 'apiKey', apiKey: o.data.api_key } }));
  return anonymous;
}

/** The signed-in user: Amplify's ID token, asked for per request so a refreshed one is used. */
export function userApi(): Promise<Client> {
  signedIn ??= outputs().then((o) => createClient({ url: o.data.url, auth: { type: 'userPool', token: idToken } }));
  return signedIn;
}

/** The data of an answer, or an error that says what the API said. */
export function dataOf<T>(result: Result<T>): T {
  if (result.errors.length || !result.data) {
    throw new Error(result.errors.map((e) => (e.errorType ? `${e.errorType}: ${e.message}` : e.message)).join('; ') || 'No data');
  }
  return result.data;
}
