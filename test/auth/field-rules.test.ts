import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_POOL, type AuthorizationDeclaration } from '../../model/declaration.ts';
import { buildAppSyncSchema } from '../../model/schema/appsync-schema.ts';
import { AuthDirectiveError, fieldAuthorizer } from '../../local/auth/field-access.ts';
import type { Caller } from '../../local/graphql/executor.ts';
import { GROUP } from '../../resolvers/shared/auth.ts';

const cognitoAndMore: AuthorizationDeclaration = { defaultMode: 'AMAZON_COGNITO_USER_POOLS', additionalModes: ['API_KEY', 'AWS_IAM'] };

const apiKey: Caller = { authMode: 'API_KEY', identity: null };
const iam: Caller = { authMode: 'AWS_IAM', identity: {} };
const user = (...groups: string[]): Caller => ({
  authMode: 'AMAZON_COGNITO_USER_POOLS',
  identity: { sub: 's', groups: groups.length ? groups : null },
});

/** Which of the callers may resolve `Type.field` under the schema's directives. */
function whoMay(sdl: string, field: string, authorization = cognitoAndMore) {
  const authorize = fieldAuthorizer(buildAppSyncSchema(sdl), authorization);
  const [typeName, fieldName] = field.split('.') as [string, string];
  const callers = { apiKey, iam, anyUser: user(), shopper: user('shoppers'), admin: user('admins') };
  return Object.entries(callers)
    .filter(([, caller]) => authorize(typeName, fieldName, caller))
    .map(([name]) => name);
}

const schema = /* GraphQL */ `
  type Query {
    plain: String
    keyOnly: String @aws_api_key
    adminsOrIam: String @aws_cognito_user_pools(cognito_groups: ["admins"]) @aws_iam
    open: Open
    shared: Shared
  }
  type Open @aws_api_key @aws_iam @aws_cognito_user_pools {
    inherited: String
    overridden: String @aws_iam
  }
  type Shared {
    byDefault: String
  }
`;

describe('Field rules from the schema’s directives', () => {
  it('uses the API’s default mode alone for a field and type without directives', () => {
    expect(whoMay(schema, 'Query.plain')).toEqual(['anyUser', 'shopper', 'admin']);
  });

  it('lets a field’s directive replace the default mode', () => {
    expect(whoMay(schema, 'Query.keyOnly')).toEqual(['apiKey']);
  });

  it('combines directives, restricting user pools to the groups named', () => {
    expect(whoMay(schema, 'Query.adminsOrIam')).toEqual(['iam', 'admin']);
  });

  it('gives a field its type’s directives, unless the field has its own', () => {
    expect(whoMay(schema, 'Open.inherited')).toEqual(['apiKey', 'iam', 'anyUser', 'shopper', 'admin']);
    expect(whoMay(schema, 'Open.overridden')).toEqual(['iam']);
  });

  it('checks a nested type by its own rules, whatever the field that returned it allows', () => {
    expect(whoMay(schema, 'Shared.byDefault')).toEqual(['anyUser', 'shopper', 'admin']);
  });

  it('follows the declaration’s default mode', () => {
    expect(whoMay(schema, 'Query.plain', { defaultMode: 'API_KEY', additionalModes: ['AMAZON_COGNITO_USER_POOLS', 'AWS_IAM'] })).toEqual([
      'apiKey',
    ]);
  });

  it('honours the legacy @aws_auth on an API whose only mode is Cognito user pools', () => {
    const legacy = 'type Query { report: String @aws_auth(cognito_groups: ["admins"]) }';
    expect(whoMay(legacy, 'Query.report', { defaultMode: 'AMAZON_COGNITO_USER_POOLS' })).toEqual(['admin']);
  });

  it('refuses the legacy @aws_auth on an API with several modes', () => {
    const legacy = 'type Query { report: String @aws_auth(cognito_groups: ["admins"]) }';
    expect(() => whoMay(legacy, 'Query.report')).toThrow(AuthDirectiveError);
  });

  it('refuses a directive naming a mode the API does not have', () => {
    expect(() => whoMay('type Query { x: String @aws_oidc }', 'Query.x')).toThrow(
      new AuthDirectiveError('Query.x: @aws_oidc names OPENID_CONNECT, which is not an authorization mode of this API.'),
    );
  });
});

describe('The groups resolvers check', () => {
  it('are the groups the user pool declaration gives both worlds', () => {
    // Assess
    expect(Object.values(GROUP).sort()).toEqual(DEFAULT_USER_POOL.groups.map((g) => g.name).sort());
  });
});
