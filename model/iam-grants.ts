import { parse } from 'acorn';
import { simple } from 'acorn-walk';
import { isPipeline, type IamGrantDeclaration, type SourceApiDeclaration } from './declaration.ts';

/**
 * The resource path, under the API's ARN, of one declared grant: `Type.field` →
 * `types/Type/fields/field`, `Type.*` → `types/Type/fields/*` (every field of the type, and
 * nothing else under it). AppSync checks `appsync:GraphQL` against these field ARNs.
 */
export function grantedFieldPath(field: string): string {
  const [typeName, fieldName, ...rest] = field.split('.');
  if (!typeName || !fieldName || rest.length > 0 || (fieldName.includes('*') && fieldName !== '*')) {
    throw new Error(`An IAM grant names 'Type.field' or 'Type.*', not '${field}'.`);
  }
  return `types/${typeName}/fields/${fieldName}`;
}

/** Each principal once, with every field any of its grants names (declared order, no repeats). */
export function fieldsByPrincipal(grants: IamGrantDeclaration[] = []): Map<string, string[]> {
  const byPrincipal = new Map<string, string[]>();
  for (const { principal, fields } of grants) {
    const granted = byPrincipal.get(principal) ?? [];
    byPrincipal.set(principal, [...new Set([...granted, ...fields])]);
  }
  return byPrincipal;
}

/** The DynamoDB actions that only read; a read-only data source or table grant gets no other. */
export const DYNAMODB_READ_ACTIONS: readonly string[] = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
];

/**
 * What IAM authorizes each DynamoDB request of a resolver by
 * (https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html). A
 * transaction is authorized item by item (TransactGetItems as GetItem; TransactWriteItems by each
 * item's operation, which the request names too, so it needs nothing of its own):
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html
 * A single-item write also reads: after a failed condition AppSync fetches the item to compare
 * it with the desired result ("Handling a condition check failure",
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-condition-expressions.html).
 */
const RESOLVER_OPERATIONS: Record<string, string[]> = {
  GetItem: ['dynamodb:GetItem'],
  PutItem: ['dynamodb:PutItem', 'dynamodb:GetItem'],
  UpdateItem: ['dynamodb:UpdateItem', 'dynamodb:GetItem'],
  DeleteItem: ['dynamodb:DeleteItem', 'dynamodb:GetItem'],
  ConditionCheck: ['dynamodb:ConditionCheckItem'],
  Query: ['dynamodb:Query'],
  Scan: ['dynamodb:Scan'],
  Sync: ['dynamodb:Query', 'dynamodb:Scan'],
  BatchGetItem: ['dynamodb:BatchGetItem'],
  BatchPutItem: ['dynamodb:BatchWriteItem'],
  BatchDeleteItem: ['dynamodb:BatchWriteItem'],
  TransactGetItems: ['dynamodb:GetItem'],
  TransactWriteItems: [],
};

/** The request builders of `@aws-appsync/utils/dynamodb` and the operation each returns. */
const DYNAMODB_HELPERS: Record<string, string> = {
  get: 'GetItem',
  put: 'PutItem',
  update: 'UpdateItem',
  remove: 'DeleteItem',
  query: 'Query',
  scan: 'Scan',
  sync: 'Sync',
};

/**
 * The DynamoDB actions one bundled resolver or pipeline function asks its data source for: every
 * `operation: '<Operation>'` its request objects name, and every `@aws-appsync/utils/dynamodb`
 * builder it imports. An operation that is not a string literal cannot be read from the code, so
 * it is refused rather than guessed.
 */
export function resolverDynamoDbActions(code: string, name: string): string[] {
  const operations = new Set<string>();
  const namespaces = new Set<string>();
  const addHelper = (helper: string | undefined) => {
    const operation = helper === undefined ? undefined : DYNAMODB_HELPERS[helper];
    if (operation) operations.add(operation);
  };
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  simple(ast, {
    ImportDeclaration(node) {
      if (node.source.value !== '@aws-appsync/utils/dynamodb') return;
      for (const specifier of node.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier') namespaces.add(specifier.local.name);
        else if (specifier.type === 'ImportSpecifier') addHelper(nameOf(specifier.imported));
      }
    },
    MemberExpression(node) {
      if (node.object.type === 'Identifier' && namespaces.has(node.object.name)) addHelper(nameOf(node.property));
    },
    Property(node) {
      if (node.computed || nameOf(node.key) !== 'operation') return;
      if (node.value.type !== 'Literal' || typeof node.value.value !== 'string') {
        throw new Error(`${name}: an \`operation\` that is not a string literal; its IAM grant cannot be derived from the code.`);
      }
      operations.add(node.value.value);
    },
  });
  return sortedActions([...operations].flatMap((operation) => RESOLVER_OPERATIONS[operation] ?? []));
}

/**
 * Each DynamoDB data source of a source API, by name, with the actions its resolvers and pipeline
 * functions ask for (`codeOf` gives a bundle's code by its key, as model/bundle/resolvers.ts keys
 * them). A read-only data source whose code writes is refused: the local runtime would refuse
 * the write at run time, and AWS with AccessDenied.
 */
export function dataSourceDynamoDbActions(source: SourceApiDeclaration, codeOf: (key: string) => string): Map<string, string[]> {
  const users = [
    ...source.resolvers.flatMap((r) => (isPipeline(r) ? [] : [{ key: `${r.typeName}.${r.fieldName}`, dataSource: r.dataSource }])),
    ...source.functions.map((f) => ({ key: `functions/${f.name}`, dataSource: f.dataSource })),
  ];
  const actions = new Map<string, string[]>();
  for (const dataSource of source.dataSources) {
    if (dataSource.type !== 'AMAZON_DYNAMODB') continue;
    const used = users
      .filter((u) => u.dataSource === dataSource.name)
      .flatMap(({ key }) => {
        const found = resolverDynamoDbActions(codeOf(`${source.name}/${key}`), `${source.name}/${key}`);
        const writes = dataSource.readOnly ? found.filter((a) => !DYNAMODB_READ_ACTIONS.includes(a)) : [];
        if (writes.length) throw new Error(`${source.name}/${key}: ${writes.join(', ')} on read-only data source ${dataSource.name}.`);
        return found;
      });
    actions.set(dataSource.name, sortedActions(used));
  }
  return actions;
}

/**
 * The DynamoDB commands of the AWS SDK for JavaScript v3 and what IAM authorizes each by. A
 * Lambda bundle holds only the command classes its code imports (esbuild drops the rest), so the
 * classes in it are the calls it can make. A transaction's items are data, so TransactWriteItems
 * stands for every item action.
 */
const SDK_COMMANDS: Record<string, string[]> = {
  GetItem: ['dynamodb:GetItem'],
  BatchGetItem: ['dynamodb:BatchGetItem'],
  Query: ['dynamodb:Query'],
  Scan: ['dynamodb:Scan'],
  PutItem: ['dynamodb:PutItem'],
  UpdateItem: ['dynamodb:UpdateItem'],
  DeleteItem: ['dynamodb:DeleteItem'],
  BatchWriteItem: ['dynamodb:BatchWriteItem'],
  TransactGetItems: ['dynamodb:GetItem'],
  TransactWriteItems: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
};

/** The item actions a bundled Lambda handler can call, from the SDK command classes in its bundle. */
export function lambdaDynamoDbActions(bundle: string): string[] {
  const commands = [...bundle.matchAll(/^var (\w+)Command = class /gm)].map((m) => m[1]!);
  return sortedActions(commands.flatMap((command) => SDK_COMMANDS[command] ?? []));
}

/** An identifier's name or a literal's value: how a key, an import or a member is named. */
const nameOf = (node: object): string | undefined =>
  'name' in node ? String(node.name) : 'value' in node ? String(node.value) : undefined;

const sortedActions = (actions: string[]) => [...new Set(actions)].sort();
