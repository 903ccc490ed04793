import { describe, expect, it } from 'vitest';
import { checkResolverCode } from '../../local/appsync-js/static-check/check.ts';

/** Checks one piece of code without the disk cache, so every call really runs the checks. */
async function textsOf(code: string): Promise<string[]> {
  const results = await checkResolverCode([{ name: 'code', code }], { cacheDir: false });
  return results.get('code')!.map((d) => d.text);
}

/**
 * The shape of localstack/appsync-utils' `scripts/testcode.js`, the file its recordings against
 * AppSync's EvaluateCode were made with: the returned expression starts on line 5, column 10.
 */
const returning = (expression: string) =>
  "import { util } from '@aws-appsync/utils';\nimport * as ddb from '@aws-appsync/utils/dynamodb';\n\n" +
  `export function request(ctx) {\n  return ${expression};\n}\n\nexport function response(ctx) {\n}\n`;

const withRds = (expression: string) => `import * as rds from '@aws-appsync/utils/rds';\n${returning(expression)}`;

describe('the static check lets through what AppSync lets through', () => {
  it.each([
    // localstack/appsync-utils __tests__/index.test.js "put": the key and the item have different shapes.
    ['a DynamoDB put whose key and item have different shapes', returning('ddb.put({ key: { id: "abc" }, item: { value: 10 } })')],
    // The same helpers take properties their declared input lacks (the runtime ignores them).
    ['an object literal with properties outside the helper input type', returning('ddb.get({ id: ctx.args.id })')],
    // localstack/appsync-utils __tests__/resolvers.test.js "input validation › statement arguments":
    // AppSync answers each of these with the helper's own runtime message.
    ['a helper called without its required argument', withRds('rds.createPgStatement()')],
    ['a helper payload of another type than declared', withRds('rds.select("persons")')],
    ['a property of another type than declared', withRds('rds.select({ table: 1 })')],
    ['a limit given as text where the declarations want a number', withRds('rds.select({ table: "persons", limit: "5" })')],
    ['the sql tag called by hand with a plain array', withRds('rds.sql(["a"], 1, 2)')],
    [
      'subscription filter rules given as a third argument',
      returning('util.transform.toSubscriptionFilter({ a: { eq: 1 } }, null, { b: { eq: 2 } })'),
    ],
    ['a subscription filter given as JSON text', returning(`util.transform.toSubscriptionFilter('{"a":{"eq":1}}')`)],
  ])('accepts %s', async (_, code) => {
    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual([]);
  });
});

describe('the static check reports what AppSync reports', () => {
  it('refuses ddb.sync with the text AppSync answers, naming its bundled copy of the module', async () => {
    // Prepare (localstack/appsync-utils __tests__/index.test.js, commit 9077688, quotes AppSync's answer)
    const code = returning('ddb.sync({ limit: 10, nextToken: "abc", lastSync: 1 })');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual([
      `code.js(5,14): error TS2339: Property 'sync' does not exist on type 'typeof import("/var/task/node_modules/@amzn/awsapp-sync-jsvtltranspiler/bundled/@aws-appsync/utils/lib/dynamo-db-helpers")'.`,
    ]);
  });

  it('reports a member that does not exist inside a helper argument', async () => {
    // Act
    const texts = await textsOf(returning('ddb.get({ key: { id: util.autoid() } })'));

    // Assess
    expect(texts).toEqual(["code.js(5,36): error TS2551: Property 'autoid' does not exist on type 'Util'. Did you mean 'autoId'?"]);
  });

  it('reports a mismatched argument to anything but a helper (aws/aws-appsync-community#334)', async () => {
    // Act
    const texts = await textsOf(returning('[{ a: 5 }].push({ b: 6 })'));

    // Assess
    expect(texts).toEqual([
      "code.js(5,26): error TS2345: Argument of type '{ b: number; }' is not assignable to parameter of type '{ a: number; }'.\n" +
        "  Property 'a' is missing in type '{ b: number; }' but required in type '{ a: number; }'.",
    ]);
  });
});
