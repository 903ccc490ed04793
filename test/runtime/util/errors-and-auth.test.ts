import { describe, expect, it } from 'vitest';
import { run } from './run-in-sandbox.ts';
import { newScope } from '../../../local/appsync-js/scope.ts';
import { SignalError } from '../../../local/appsync-js/signals.ts';
import { authModeOfIdentity } from '../../../local/appsync-js/util/auth-type.ts';

function signalOf(body: string) {
  try {
    run(body);
  } catch (e) {
    if (e instanceof SignalError) return e.signal;
    throw e;
  }
  throw new Error('the handler raised no signal');
}

describe('util.error', () => {
  it('stops the handler with the message, type, data and error info', () => {
    expect(signalOf(`util.error("Out of stock", "OutOfStock", { sku: "a" }, { left: 0 }); return 1;`)).toEqual({
      kind: 'error',
      message: 'Out of stock',
      errorType: 'OutOfStock',
      data: { sku: 'a' },
      errorInfo: { left: 0 },
    });
  });

  it('gives a null type when none is given', () => {
    expect(signalOf(`util.error("boom")`)).toEqual({ kind: 'error', message: 'boom', errorType: null });
  });
});

describe('util.appendError', () => {
  it('records the error and lets the handler return its value', () => {
    // Prepare
    const scope = newScope();
    // Act
    const value = run(`util.appendError("partial", "Partial", { a: 1 }); return "done";`, { scope });
    // Assess
    expect(value).toBe('done');
    expect(scope.appendedErrors).toEqual([{ message: 'partial', errorType: 'Partial', data: { a: 1 } }]);
  });
});

describe('util.unauthorized', () => {
  it('stops the handler as Unauthorized', () => {
    expect(signalOf(`util.unauthorized()`)).toEqual({ kind: 'unauthorized' });
  });
});

describe('util.authType', () => {
  it.each([
    ['API_KEY', 'API Key Authorization'],
    ['AWS_IAM', 'IAM Authorization'],
    ['AMAZON_COGNITO_USER_POOLS', 'User Pool Authorization'],
    ['OPENID_CONNECT', 'Open ID Connect Authorization'],
    ['AWS_LAMBDA', 'Lambda Authorization'],
  ] as const)('names the %s mode "%s"', (mode, name) => {
    expect(run('return util.authType();', { scope: newScope(mode) })).toBe(name);
  });

  it('names a request with no mode an API key request', () => {
    expect(run('return util.authType();', { scope: newScope(null) })).toBe('API Key Authorization');
  });
});

describe('the mode EvaluateCode reads off a mock identity', () => {
  const issuer = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc123';
  const iam = {
    accountId: '123456789012',
    cognitoIdentityPoolId: null,
    cognitoIdentityId: null,
    sourceIp: ['1.2.3.4'],
    username: 'AKIAIOSFODNN7EXAMPLE',
    userArn: 'arn:aws:iam::123456789012:user/alice',
    cognitoIdentityAuthType: null,
    cognitoIdentityAuthProvider: null,
  };
  const userPool = {
    sourceIp: ['1.2.3.4'],
    username: 'alice',
    groups: ['admins'],
    sub: 'sub-1',
    issuer,
    claims: { sub: 'sub-1' },
    defaultAuthStrategy: 'ALLOW',
  };
  const oidc = { sub: 'sub-1', issuer: 'https://accounts.example.com', claims: { sub: 'sub-1' } };
  const without = (identity: Record<string, unknown>, key: string) =>
    Object.fromEntries(Object.entries(identity).filter(([k]) => k !== key));

  // Recorded from AWS EvaluateCode (localstack/appsync-utils authType.test.js.snap).
  it.each([
    ['no identity', undefined, 'API_KEY'],
    ['a null identity', null, 'API_KEY'],
    ['an identity carrying a resolver context', { resolverContext: { userId: 'alice' } }, 'AWS_LAMBDA'],
    ['an identity with no keys', {}, 'AWS_LAMBDA'],
    ['an IAM identity, though it carries a username', iam, 'AWS_IAM'],
    [
      'an IAM identity from an identity pool',
      { ...iam, cognitoIdentityPoolId: 'us-east-1:0', cognitoIdentityAuthType: 'authenticated' },
      'AWS_IAM',
    ],
    ['a user pool identity', userPool, 'AMAZON_COGNITO_USER_POOLS'],
    ['a user pool identity without groups', without(userPool, 'groups'), 'AMAZON_COGNITO_USER_POOLS'],
    ['a subject, an issuer and claims', oidc, 'OPENID_CONNECT'],
    ['an IAM identity missing its user ARN', without(iam, 'userArn'), 'API_KEY'],
    ['an IAM identity whose source IP is null', { ...iam, sourceIp: null }, 'API_KEY'],
    ['a user pool identity missing its default auth strategy', without(userPool, 'defaultAuthStrategy'), 'API_KEY'],
    ['a user pool identity missing its source IP', without(userPool, 'sourceIp'), 'API_KEY'],
    ['an identity holding only claims', { claims: oidc.claims }, 'API_KEY'],
    ['an OIDC identity beside a username', { ...oidc, username: 'alice' }, 'API_KEY'],
  ])('reads %s as %s', (_, identity, mode) => {
    expect(authModeOfIdentity(identity)).toBe(mode);
  });
});
