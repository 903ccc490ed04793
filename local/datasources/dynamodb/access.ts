import { refusedBeforeSending, type AppSyncError } from './errors.ts';

/** The IAM actions a data source's role needs, per DynamoDB call it makes on a table or index. */
export type DynamoDbAction =
  'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'Query' | 'Scan' | 'BatchGetItem' | 'BatchWriteItem' | 'ConditionCheckItem';

export interface AccessRequest {
  action: DynamoDbAction;
  table: string;
  index?: string;
}

/** What CDK's `table.grantReadData` allows; ConditionCheckItem is among them, so a read-only role can run a ConditionCheck-only transaction. */
const READ_ACTIONS: ReadonlySet<DynamoDbAction> = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'ConditionCheckItem']);

/** Placeholder identity of the data source's service role in messages; no AWS account is involved locally. */
export const LOCAL_ACCOUNT_ID = '000000000000';

export class AccessDeniedError extends Error {
  constructor(readonly appSyncError: AppSyncError) {
    super(appSyncError.message);
    this.name = 'AccessDeniedError';
  }
}

export interface RolePolicy {
  dataSourceName: string;
  grantedTables: ReadonlySet<string>;
  readOnly: boolean;
  region: () => Promise<string>;
}

/**
 * Refuses, before anything is sent, what the data source's role could not do in AWS. The grant
 * covers a table and its indexes, as CDK's grants do (`table/<name>` and `table/<name>/index/*`).
 * Message as IAM words it, seen through AppSync (see errors.ts for the type).
 */
export async function authorize(policy: RolePolicy, requests: AccessRequest[]): Promise<void> {
  const denied = requests.find((r) => !policy.grantedTables.has(r.table) || (policy.readOnly && !READ_ACTIONS.has(r.action)));
  if (!denied) return;
  const region = await policy.region();
  const resource = `arn:aws:dynamodb:${region}:${LOCAL_ACCOUNT_ID}:table/${denied.table}${denied.index ? `/index/${denied.index}` : ''}`;
  const role = `arn:aws:sts::${LOCAL_ACCOUNT_ID}:assumed-role/${policy.dataSourceName}ServiceRole/APPSYNC_ASSUME_ROLE`;
  const action = `dynamodb:${denied.action}`;
  throw new AccessDeniedError(
    refusedBeforeSending(
      `User: ${role} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
    ),
  );
}
