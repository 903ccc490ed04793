import { ALLOWED_SKEW_MS } from '../../local/auth/iam/sigv4.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureApi } from '../../model/fixture/api.ts';
import { post, startTestRuntime } from '../support/runtime.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { appSyncAuthHeaders, type AppSyncCaller } from '../../local/auth/request-headers.ts';
import { callAs } from './support.ts';
import { allowed, outcomeOf, PERMISSION_DENIED, refused } from './outcomes.ts';

let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi);
});

afterAll(() => runtime?.stop());

/** The credentials a Lambda handler of the principal finds in its environment, as the AWS SDK reads them. */
function lambdaCaller(principal: string): Extract<AppSyncCaller, { iam: unknown }> {
  const env = runtime.auth.iam.environmentFor(principal);
  return {
    iam: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY!, sessionToken: env.AWS_SESSION_TOKEN! },
    region: env.AWS_REGION!,
  };
}

const publish = 'mutation { publishNoteEvent(noteId: "n1", kind: "edited") { noteId kind } }';

describe('IAM authorization of backend principals', () => {
  it('accepts a SigV4 signature by a principal’s credentials and gives the resolver the IAM identity', async () => {
    // Prepare
    const principal = runtime.auth.iam.principal('fixtureBackend');

    // Act
    const response = await callAs(runtime, lambdaCaller('fixtureBackend'), 'query { context { identity authType } }');

    // Assess
    expect(response.body.data.context.authType).toBe('IAM Authorization');
    expect(JSON.parse(response.body.data.context.identity)).toEqual({
      accountId: '000000000000',
      cognitoIdentityPoolId: null,
      cognitoIdentityId: null,
      sourceIp: ['127.0.0.1'],
      username: `${principal.roleId}:fixtureBackend`,
      userArn: 'arn:aws:sts::000000000000:assumed-role/fixtureBackend/fixtureBackend',
      cognitoIdentityAuthType: null,
      cognitoIdentityAuthProvider: null,
    });
  });

  it('lets a principal call the fields granted to it in the declaration, and refuses the rest of the request whole', async () => {
    // Act
    const granted = await callAs(runtime, lambdaCaller('fixturePublisher'), publish);
    const notGranted = await callAs(runtime, lambdaCaller('fixturePublisher'), 'query { echo(message: "x") }');
    const throughAFragment = await callAs(
      runtime,
      lambdaCaller('fixturePublisher'),
      'query { ...F } fragment F on Query { echo(message: "x") }',
    );
    const mixed = await callAs(
      runtime,
      lambdaCaller('fixturePublisher'),
      'mutation { publishNoteEvent(noteId: "n1", kind: "k") { kind } putItem(input: {id: "iam-mixed", name: "x"}) { id } }',
    );

    // Assess
    expect(granted.body).toEqual({ data: { publishNoteEvent: { noteId: 'n1', kind: 'edited' } } });
    expect(outcomeOf(notGranted)).toEqual(PERMISSION_DENIED);
    expect(outcomeOf(throughAFragment)).toEqual(PERMISSION_DENIED);
    expect(outcomeOf(mixed)).toEqual(PERMISSION_DENIED);
    expect((await callAs(runtime, 'apiKey', 'query { item(id: "iam-mixed") { id } }')).body).toEqual({ data: { item: null } });
  });

  it('still checks the schema’s directives for a granted principal', async () => {
    // Act
    const response = await callAs(runtime, lambdaCaller('fixtureBackend'), 'query { adminReport }');

    // Assess
    expect(response.body.errors).toEqual([
      expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access adminReport on type Query' }),
    ]);
  });

  describe('refuses a request whose signature does not hold', () => {
    const body = JSON.stringify({ query: publish });

    async function send(headers: Record<string, string>, sentBody = body) {
      return outcomeOf(await post(runtime.url, sentBody, headers));
    }

    it('when the body changed after signing', async () => {
      // Prepare
      const headers = await appSyncAuthHeaders(lambdaCaller('fixturePublisher'), { url: runtime.url, body });

      // Act
      const outcome = await send(headers, body.replace('edited', 'forged'));

      // Assess
      expect(outcome).toMatchObject({
        refused: {
          status: 403,
          errorType: 'InvalidSignatureException',
          message: expect.stringContaining('The request signature we calculated does not match'),
        },
      });
    });

    it('when signed with a wrong secret', async () => {
      // Prepare
      const caller = lambdaCaller('fixturePublisher');
      const headers = await appSyncAuthHeaders(
        { ...caller, iam: { ...caller.iam, secretAccessKey: 'not-the-secret' } },
        { url: runtime.url, body },
      );

      // Act
      const outcome = await send(headers);

      // Assess
      expect(outcome).toMatchObject({ refused: { status: 403, errorType: 'InvalidSignatureException' } });
    });

    it('when the access key is not one the runtime gave out', async () => {
      // Prepare
      const headers = await appSyncAuthHeaders(
        { iam: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, region: 'us-east-1' },
        { url: runtime.url, body },
      );

      // Act
      const outcome = await send(headers);

      // Assess
      expect(outcome).toEqual(refused('The security token included in the request is invalid.', 403, 'UnrecognizedClientException'));
    });

    it('when the session token is missing', async () => {
      // Prepare
      const caller = lambdaCaller('fixturePublisher');
      const headers = await appSyncAuthHeaders({ ...caller, iam: { ...caller.iam, sessionToken: undefined } }, { url: runtime.url, body });

      // Act
      const outcome = await send(headers);

      // Assess
      expect(outcome).toEqual(refused('The security token included in the request is invalid.', 403, 'UnrecognizedClientException'));
    });

    it('when it was signed more than five minutes ago, as AWS allows no more skew', async () => {
      // Prepare
      const headers = await appSyncAuthHeaders(lambdaCaller('fixturePublisher'), {
        url: runtime.url,
        body,
        signingDate: new Date(Date.now() - ALLOWED_SKEW_MS - 30_000),
      });

      // Act
      const outcome = await send(headers);

      // Assess
      expect(outcome).toMatchObject({
        refused: { status: 403, errorType: 'InvalidSignatureException', message: expect.stringMatching(/ - 5 min\.\)$/) },
      });
    });

    it('when it was signed too long ago', async () => {
      // Prepare
      const headers = await appSyncAuthHeaders(lambdaCaller('fixturePublisher'), {
        url: runtime.url,
        body,
        signingDate: new Date(Date.now() - 60 * 60_000),
      });

      // Act
      const outcome = await send(headers);

      // Assess
      expect(outcome).toMatchObject({
        refused: {
          status: 403,
          errorType: 'InvalidSignatureException',
          message: expect.stringMatching(/^Signature expired: \d{8}T\d{6}Z is now earlier than/),
        },
      });
    });

    it('when it was signed for another service', async () => {
      // Prepare
      const headers = await appSyncAuthHeaders({ ...lambdaCaller('fixturePublisher'), service: 'execute-api' }, { url: runtime.url, body });

      // Act
      const outcome = await send(headers);

      // Assess
      expect(outcome).toEqual(refused("Credential should be scoped to correct service: 'appsync'.", 403, 'InvalidSignatureException'));
    });
  });

  it('takes a correct signature on the same request as allowed', async () => {
    // The counterpart of the refusals above: the same request, signed properly.
    expect(outcomeOf(await callAs(runtime, lambdaCaller('fixturePublisher'), publish))).toEqual(allowed);
  });
});

describe('the local IAM policy of a principal', () => {
  it('grants the same field ARNs the CDK app deploys, Type.* as types/<Type>/fields/*', async () => {
    const { policyOf } = await import('../../local/auth/iam/policy.ts');
    const api = { region: 'us-east-1', accountId: '000000000000', apiId: 'abc' };

    const policy = policyOf([{ principal: 'p', fields: ['Query.*', 'Mutation.publish'] }], 'p', api);

    expect(policy.resources).toEqual([
      'arn:aws:appsync:us-east-1:000000000000:apis/abc/types/Query/fields/*',
      'arn:aws:appsync:us-east-1:000000000000:apis/abc/types/Mutation/fields/publish',
    ]);
    expect(policy.allows('arn:aws:appsync:us-east-1:000000000000:apis/abc/types/Query/fields/anything')).toBe(true);
    expect(policy.allows('arn:aws:appsync:us-east-1:000000000000:apis/abc/types/Mutation/fields/other')).toBe(false);
  });
});
