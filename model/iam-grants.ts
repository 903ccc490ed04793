import type { IamGrantDeclaration } from './declaration.ts';

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
