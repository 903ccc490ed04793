type Resource = { Type: string; Properties: Record<string, any> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/**
 * Everything a role in a template may do, one `Effect action on resource` line per pair: its
 * inline policies, the AWS::IAM::Policy resources attached to it, and its managed policies.
 */
export function roleGrants(resources: Record<string, Resource>, roleId: string): string[] {
  const role = resources[roleId];
  if (role?.Type !== 'AWS::IAM::Role') throw new Error(`${roleId} is not a role in this template`);
  const attached = Object.values(resources).filter(
    (r) => r.Type === 'AWS::IAM::Policy' && (r.Properties.Roles as { Ref?: string }[]).some((ref) => ref.Ref === roleId),
  );
  const statements = [...(role.Properties.Policies ?? []), ...attached.map((p) => p.Properties)].flatMap(
    (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
  );
  return [
    ...statements.flatMap((st) =>
      [st.Action]
        .flat()
        .flatMap((action) =>
          [st.Resource]
            .flat()
            .map(
              (resource) =>
                `${st.Effect} ${action} on ${JSON.stringify(resource)}${st.Condition ? ` if ${JSON.stringify(st.Condition)}` : ''}`,
            ),
        ),
    ),
    ...(role.Properties.ManagedPolicyArns ?? []).map((arn: unknown) => `managed policy ${JSON.stringify(arn)}`),
  ].sort();
}

/** The `Allow action on resource` line `roleGrants` writes for one grant. */
export const allow = (action: string, resource: unknown) => `Allow ${action} on ${JSON.stringify(resource)}`;

/** Ids of the template's roles that are granted `action` on anything. */
export function rolesAllowed(resources: Record<string, Resource>, action: string): string[] {
  return Object.entries(resources)
    .filter(([id, r]) => r.Type === 'AWS::IAM::Role' && roleGrants(resources, id).some((g) => g.startsWith(`Allow ${action} on `)))
    .map(([id]) => id)
    .sort();
}
