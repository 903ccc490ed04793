import { describe, expect, it } from 'vitest';
import type { SourceApiDeclaration } from '../../model/declaration.ts';
import { dataSourceDynamoDbActions, lambdaDynamoDbActions, resolverDynamoDbActions } from '../../model/iam-grants.ts';

describe('The DynamoDB actions a resolver is granted', () => {
  it('are those of the operations its request objects name, a single-item write with the read AppSync makes after a failed condition', () => {
    // Prepare
    const code = `export function request(ctx) { return ctx.args.id ? { operation: "GetItem", key: {} } : { operation: 'PutItem', key: {} }; }`;
    // Act
    const actions = resolverDynamoDbActions(code, 'Query.item');
    // Assess
    expect(actions).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
  });

  it("are a transaction's item actions, and nothing for the transaction itself", () => {
    // Prepare
    const code = `export function request(ctx) {
      return { operation: 'TransactWriteItems', transactItems: [{ operation: 'ConditionCheck' }, { operation: 'UpdateItem' }] };
    }`;
    // Act
    const actions = resolverDynamoDbActions(code, 'Mutation.move');
    // Assess
    expect(actions).toEqual(['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem']);
  });

  it('are those of the @aws-appsync/utils/dynamodb builders it imports, by name or through a namespace', () => {
    // Prepare
    const named = `import { query, remove as del } from '@aws-appsync/utils/dynamodb'; export function request() { return query({}); }`;
    const namespace = `import * as ddb from '@aws-appsync/utils/dynamodb'; export function request() { return ddb.scan({}); }`;
    // Act
    const fromNamed = resolverDynamoDbActions(named, 'a');
    const fromNamespace = resolverDynamoDbActions(namespace, 'b');
    // Assess
    expect(fromNamed).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:Query']);
    expect(fromNamespace).toEqual(['dynamodb:Scan']);
  });

  it('are refused when an operation is computed, since no grant can be read from the code', () => {
    // Prepare
    const code = `export function request(ctx) { return { operation: ctx.args.op }; }`;
    // Act
    const derive = () => resolverDynamoDbActions(code, 'Query.dynamic');
    // Assess
    expect(derive).toThrow('Query.dynamic: an `operation` that is not a string literal');
  });

  it('are refused on a read-only data source whose resolver writes, naming the resolver', () => {
    // Prepare
    const source: SourceApiDeclaration = {
      name: 'shops',
      schemaFiles: [],
      resolverDir: 'resolvers/shops',
      dataSources: [{ name: 'Read', type: 'AMAZON_DYNAMODB', table: 'Shops', readOnly: true }],
      functions: [],
      resolvers: [{ typeName: 'Mutation', fieldName: 'sneaky', dataSource: 'Read' }],
    };
    // Act
    const derive = () => dataSourceDynamoDbActions(source, () => `export function request() { return { operation: 'DeleteItem' }; }`);
    // Assess
    expect(derive).toThrow('shops/Mutation.sneaky: dynamodb:DeleteItem on read-only data source Read.');
  });
});

describe('The DynamoDB actions a Lambda function is granted', () => {
  it('are those of the SDK commands its bundle holds, a transaction standing for every item action', () => {
    // Prepare: esbuild's output keeps only the command classes a handler imports
    const bundle = [
      'var QueryCommand = class extends Command {',
      'var TransactWriteItemsCommand = class extends Command {',
      'var StartExecutionCommand = class extends Command {',
    ].join('\n');
    // Act
    const actions = lambdaDynamoDbActions(bundle);
    // Assess
    expect(actions).toEqual([
      'dynamodb:ConditionCheckItem',
      'dynamodb:DeleteItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
  });
});
