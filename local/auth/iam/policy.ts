import type { IamGrantDeclaration } from '../../../model/declaration.ts';
import { grantedFieldPath } from '../../../model/iam-grants.ts';
import type { PreparedRequest } from '../../graphql/request.ts';

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
      (r) =>
        new RegExp(
          `^${r
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
        ),
    );
  }

  allows(arn: string): boolean {
    return this.patterns.some((p) => p.test(arn));
  }
}

export function policyOf(grants: IamGrantDeclaration[] | undefined, principal: string, api: ApiArnParts): FieldPolicy {
  return new FieldPolicy(
    (grants ?? []).filter((g) => g.principal === principal).flatMap((g) => g.fields.map((f) => grantResource(api, f))),
  );
}

const ROOT_TYPES = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/**
 * The top-level fields a GraphQL request calls (through fragments too), which AppSync checks
 * against the caller's IAM policy; none when the body is not a request whose operation could be
 * chosen. Introspection fields are not checked.
 */
export function fieldsCalled(request: PreparedRequest | undefined): { typeName: string; fieldName: string }[] {
  if (!request?.operation || !request.rootFields) return [];
  const typeName = ROOT_TYPES[request.operation.operation];
  const names = new Set([...request.rootFields.values()].flat().map((field) => field.name.value));
  return [...names].filter((fieldName) => !fieldName.startsWith('__')).map((fieldName) => ({ typeName, fieldName }));
}
