import { isObjectType, type ConstDirectiveNode, type GraphQLSchema } from 'graphql';
import type { AuthorizationDeclaration, AuthorizationMode } from '../../model/declaration.ts';
import type { AuthMode } from '../appsync-js/scope.ts';
import type { Caller, FieldAuthorizer } from '../graphql/executor.ts';

/** Who may resolve a field: the modes allowed, and for user pools the groups (undefined: any user). */
export interface FieldRule {
  modes: ReadonlySet<AuthMode>;
  cognitoGroups?: readonly string[];
}

const DIRECTIVE_MODES: Record<string, AuthMode> = {
  aws_api_key: 'API_KEY',
  aws_iam: 'AWS_IAM',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
  aws_auth: 'AMAZON_COGNITO_USER_POOLS',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
};

export class AuthDirectiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthDirectiveError';
  }
}

/**
 * The auth rules a schema's directives give each field of each object type, as AppSync applies them
 * (https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html, "Using additional
 * authorization modes"): a field's directives replace its type's, a type's directives replace the
 * API's default mode, and a field or type without any uses the default mode alone. Nested fields
 * are looked up under their own type, so every level is checked by its own rules.
 */
export function deriveFieldRules(schema: GraphQLSchema, authorization: AuthorizationDeclaration): Map<string, FieldRule> {
  const enabled = new Set<AuthorizationMode>([authorization.defaultMode, ...(authorization.additionalModes ?? [])]);
  const defaultRule: FieldRule = { modes: new Set([authorization.defaultMode]) };
  const rules = new Map<string, FieldRule>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRule = ruleOf(type.astNode?.directives ?? [], enabled, type.name);
    for (const field of Object.values(type.getFields())) {
      const fieldRule = ruleOf(field.astNode?.directives ?? [], enabled, `${type.name}.${field.name}`);
      rules.set(`${type.name}.${field.name}`, fieldRule ?? typeRule ?? defaultRule);
    }
  }
  return rules;
}

function ruleOf(directives: readonly ConstDirectiveNode[], enabled: Set<AuthorizationMode>, where: string): FieldRule | undefined {
  const auth = directives.filter((d) => d.name.value in DIRECTIVE_MODES);
  if (!auth.length) return undefined;
  const modes = new Set<AuthMode>();
  let cognitoGroups: string[] | undefined;
  for (const directive of auth) {
    const mode = DIRECTIVE_MODES[directive.name.value]!;
    if (!enabled.has(mode as AuthorizationMode)) {
      throw new AuthDirectiveError(`${where}: @${directive.name.value} names ${mode}, which is not an authorization mode of this API.`);
    }
    // The legacy directive predates multiple modes; AppSync honours it only on a Cognito-only API
    // (security-authz.html above; aws/aws-appsync-community#275).
    if (directive.name.value === 'aws_auth' && enabled.size > 1) {
      throw new AuthDirectiveError(
        `${where}: @aws_auth works only when Cognito user pools is the API's only mode; use @aws_cognito_user_pools.`,
      );
    }
    modes.add(mode);
    const groups = directive.arguments?.find((a) => a.name.value === 'cognito_groups')?.value;
    if (groups?.kind === 'ListValue') {
      cognitoGroups = [...(cognitoGroups ?? []), ...groups.values.flatMap((v) => (v.kind === 'StringValue' ? [v.value] : []))];
    }
  }
  return { modes, cognitoGroups };
}

/** Whether a rule lets the caller resolve the field. */
export function allows(rule: FieldRule, caller: Caller): boolean {
  if (!rule.modes.has(caller.authMode)) return false;
  if (caller.authMode !== 'AMAZON_COGNITO_USER_POOLS' || rule.cognitoGroups === undefined) return true;
  const groups = (caller.identity?.groups as string[] | null | undefined) ?? [];
  return rule.cognitoGroups.some((g) => groups.includes(g));
}

/** The executor's field check for a schema: denied fields become AppSync's Unauthorized errors. */
export function fieldAuthorizer(schema: GraphQLSchema, authorization: AuthorizationDeclaration): FieldAuthorizer {
  const rules = deriveFieldRules(schema, authorization);
  const defaultRule: FieldRule = { modes: new Set([authorization.defaultMode]) };
  return (typeName, fieldName, caller) => allows(rules.get(`${typeName}.${fieldName}`) ?? defaultRule, caller);
}
