/** What the page reads of `amplify_outputs.json`, which the server serves as `npm start` writes it. */
export interface Outputs {
  auth?: { user_pool_id: string; user_pool_client_id: string; aws_region: string };
  data: { url: string; aws_region: string; api_key: string };
  custom?: { local?: { stepFunctionsEndpoint?: string; userPoolEndpoint?: string } };
}

let loaded: Promise<Outputs> | undefined;

/** The client configuration of the API this page was served by. */
export function outputs(): Promise<Outputs> {
  loaded ??= fetch('/amplify_outputs.json').then((response) => {
    if (!response.ok) throw new Error(`amplify_outputs.json: HTTP ${response.status}`);
    return response.json() as Promise<Outputs>;
  });
  return loaded;
}
