import { afterAll, describe, expect, it } from 'vitest';
import { IsolatedSandbox } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import { CodeEvaluator } from '../../local/evaluate-code/evaluator.ts';

// EvaluateCode calls whose answers AppSync gave and someone recorded, replayed against the local
// EvaluateCode (static checks, then the handler in a sandbox process). The recordings are
// localstack/appsync-utils' (__tests__/ and their snapshots, made with EvaluateCodeCommand), unless
// a case names another source.

const sandbox = new IsolatedSandbox();
const evaluator = new CodeEvaluator(sandbox, { cacheDir: false });
afterAll(() => sandbox.close());

/** localstack/appsync-utils' `checkResolverValid`: its imports, then the code under test. */
const withImports = (code: string) => `
        import { util } from '@aws-appsync/utils';
        import * as rds from '@aws-appsync/utils/rds';
        ${code}`;

const returning = (expression: string) => `
      export function request(ctx) {
        return ${expression};
      }
      export function response(ctx) {}
    `;

describe('EvaluateCode answers as AppSync answered', () => {
  it('refuses ddb.sync at the static check, naming AppSync’s bundled DynamoDB module (index.test.js, commit 9077688)', async () => {
    // Prepare: the shape of scripts/testcode.js, which puts the call on line 5, column 14
    const code = `import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  return ddb.sync({ limit: 10, nextToken: "abc", lastSync: 1 });
}

export function response(ctx) {
}
`;

    // Act
    const answer = await evaluator.evaluate(code, 'request', {});

    // Assess
    const text = `code.js(5,14): error TS2339: Property 'sync' does not exist on type 'typeof import("/var/task/node_modules/@amzn/awsapp-sync-jsvtltranspiler/bundled/@aws-appsync/utils/lib/dynamo-db-helpers")'.`;
    expect(answer).toEqual({
      error: { message: text, codeErrors: [{ errorType: 'PARSE_ERROR', value: text, location: { line: 5, column: 14, span: 4 } }] },
    });
  });

  it('builds the MySQL select of "rds resolvers mysql select" (where, orderBy, limit, offset, columns)', async () => {
    // Prepare
    const code = withImports(`
    export function request(ctx) {
        const whereClause = { or: [
          { name: { eq: 'Stephane'} },
          { id: { gt: 10 } }
      ]}
        return rds.createMySQLStatement(rds.select({
            table: "UserGroup",
            where: whereClause,
            limit: 10,
            offset: 1,
            columns: ['id', 'name'],
            orderBy: [{column: 'name'}, {column: 'id', dir: 'DESC'}]
        }));
    }

    export function response(ctx) {}
    `);

    // Act
    const answer = await evaluator.evaluate(code, 'request', {});

    // Assess
    expect(answer.error).toBeUndefined();
    expect(JSON.parse(answer.evaluationResult!)).toEqual({
      statements: [
        'SELECT `id`, `name` FROM `UserGroup` WHERE (`name` = :P0) OR (`id` > :P1) ORDER BY `name` ASC, `id` DESC LIMIT :P2 OFFSET :P3',
      ],
      variableMap: { ':P0': 'Stephane', ':P1': 10, ':P2': 10, ':P3': 1 },
      variableTypeHintMap: {},
    });
  });

  it('gives rds.typeHint.UUID as { type, value } ("rds resolvers typehints UUID")', async () => {
    // Act
    const answer = await evaluator.evaluate(withImports(returning('rds.typeHint.UUID(ctx.args.id)')), 'request', {
      arguments: { id: 'abc123' },
    });

    // Assess
    expect(answer.evaluationResult).toBe('{"type":"UUID","value":"abc123"}');
  });

  it('imports toJsonObject by name from @aws-appsync/utils/rds ("toJsonObject import paths default")', async () => {
    // Prepare
    const code = `import { toJsonObject } from '@aws-appsync/utils/rds';
      export function request(ctx) {
          return toJsonObject(ctx.result);
      }

      export function response(ctx) {
      }
    `;
    const column = (name: string) => ({ label: name, name, typeName: 'VARCHAR', tableName: 'Books' });
    const result = JSON.stringify({
      sqlStatementResults: [
        {
          numberOfRecordsUpdated: 0,
          records: [[{ stringValue: 'Mark Twain' }, { stringValue: 'Adventures of Huckleberry Finn' }, { stringValue: '978-1948132817' }]],
          columnMetadata: [column('author'), column('title'), column('ISBN-13')],
        },
      ],
    });

    // Act
    const answer = await evaluator.evaluate(code, 'request', { result });

    // Assess
    expect(JSON.parse(answer.evaluationResult!)).toEqual([
      [{ author: 'Mark Twain', title: 'Adventures of Huckleberry Finn', 'ISBN-13': '978-1948132817' }],
    ]);
  });

  it('lets rds.createPgStatement() through the static check and answers with the helper’s own message ("rejects a call with no statement")', async () => {
    // Act
    const answer = await evaluator.evaluate(withImports(returning('rds.createPgStatement()')), 'request', {});

    // Assess
    expect(answer.error?.codeErrors).toBeUndefined();
    expect(answer.error?.message).toMatch(/^code\.js:\d+:\d+: An argument is expected to be passed to createPgStatement$/);
  });

  it('lets a DynamoDB put with a key and an item of different shapes through ("DynamoDB module functions put")', async () => {
    // Prepare
    const code = `import * as ddb from '@aws-appsync/utils/dynamodb';\n${returning('ddb.put({ key: { id: "abc" }, item: { value: 10 } })')}`;

    // Act
    const answer = await evaluator.evaluate(code, 'request', {});

    // Assess
    expect(JSON.parse(answer.evaluationResult!)).toEqual({
      operation: 'PutItem',
      key: { id: { S: 'abc' } },
      attributeValues: { value: { N: 10 } },
    });
  });

  it('returns an empty string for JSON.parse of text that is not JSON (supported-features.html, "Built-in objects and functions")', async () => {
    // Act
    const answer = await evaluator.evaluate(returning('JSON.parse(ctx.args.text)'), 'request', { arguments: { text: '{not json' } });

    // Assess
    expect(answer.evaluationResult).toBe('""');
  });
});
