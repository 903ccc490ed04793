import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { IamGrantDeclaration } from '../../../model/declaration.ts';
import { grantedFieldPath } from '../../../model/iam-grants.ts';

/** Where an API lives, for its ARNs. */
export interface ApiArnParts {
  region: string;
  accountId: string;
  apiId: string;
}

export const apiArn = ({ region, accountId, apiId }: ApiArnParts) => `arn:aws:appsync:${region}:${accountId}:apis/${apiId}`;

/** `Type.field` or `Type.*` → the resource of an `appsync:GraphQL` grant, exactly as the CDK app deploys it. */
export const grantResource = (api: ApiArnParts, field: string) => `${apiArn(api)}/${grantedFieldPath(field)}`;

export const fieldArn = (api: ApiArnParts, typeName: string, fieldName: string) => `${apiArn(api)}/types/${typeName}/fields/${fieldName}`;

/**
 * The identity policy of one principal: Allow `appsync:GraphQL` on the granted resources, IAM's
 * `*` and `?` wildcards included. Nothing else is allowed (IAM denies by default).
 */
export class FieldPolicy {
  private readonly patterns: RegExp[];

  constructor(readonly resources: string[]) {
    this.patterns = resources.map(
      (r) => new RegExp(`^${r.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`),
    );
  }

  allows(arn: string): boolean {
    return this.patterns.some((p) => p.test(arn));
  }
}

export function policyOf(grants: IamGrantDeclaration[] | undefined, principal: string, api: ApiArnParts): FieldPolicy {
  return new FieldPolicy((grants ?? []).filter((g) => g.principal === principal).flatMap((g) => g.fields.map((f) => grantResource(api, f))));
}

const ROOT_TYPES = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/**
 * The top-level fields a GraphQL request calls (through fragments too), which AppSync checks
 * against the caller's IAM policy; undefined when the body is not a request AppSync would run.
 */
export function rootFieldsOf(body: string): { typeName: string; fieldName: string }[] | undefined {
  let request: { query?: unknown; operationName?: unknown };
  let document: DocumentNode;
  try {
    request = JSON.parse(body) as typeof request;
    if (typeof request?.query !== 'string') return undefined;
    document = parse(request.query);
  } catch {
    return undefined;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof request.operationName === 'string' ? operations.find((o) => o.name?.value === request.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return undefined;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const typeName = ROOT_TYPES[operation.operation];
  const fields = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const s of selectionSet.selections) {
      if (s.kind === Kind.FIELD) {
        if (!s.name.value.startsWith('__')) fields.add(s.name.value);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        collect(s.selectionSet);
      } else if (!visited.has(s.name.value)) {
        visited.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return [...fields].map((fieldName) => ({ typeName, fieldName }));
}
