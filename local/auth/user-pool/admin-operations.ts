import { UnauthorizedRequest } from '../../http/authentication.ts';
import type { LocalIam } from '../iam/principals.ts';
import { verifySigV4, type SignedRequest } from '../iam/sigv4.ts';
import { CognitoError, cognitoErrors } from './errors.ts';
import type { LocalUserPool } from './pool.ts';

type Input = Record<string, unknown>;

export interface AdminAccess {
  iam: LocalIam;
  /** `arn:aws:cognito-idp:<region>:<account>:userpool/<id>`, what the grants name. */
  poolArn: string;
  /** Whether the principal of that name was granted the Cognito action (`AdminListGroupsForUser` …) on this pool. */
  allows(principal: string, action: string): boolean;
}

/** How many groups one page of AdminListGroupsForUser holds when `Limit` is absent: Cognito's maximum, 60. */
const MAX_GROUPS_PER_PAGE = 60;

/**
 * The pool's administrative operations, which Cognito serves only to IAM principals: SigV4 signed
 * for `cognito-idp` by a principal of the runtime whose grants name the action, as an IAM policy
 * on the pool's ARN would. Every other caller gets the error AWS gives it.
 */
export function adminOperations(pool: LocalUserPool, access: AdminAccess) {
  const authorize = async (action: string, request: SignedRequest) => {
    let accessKeyId: string;
    try {
      ({ accessKeyId } = await verifySigV4(request, (key) => access.iam.principalOfAccessKey(key)?.credentials, {
        service: 'cognito-idp',
      }));
    } catch (e) {
      if (e instanceof UnauthorizedRequest) throw new CognitoError(e.errorType, e.message, 400);
      throw e;
    }
    const principal = access.iam.principalOfAccessKey(accessKeyId)!;
    if (!access.allows(principal.name, action)) {
      throw new CognitoError(
        'AccessDeniedException',
        `User: ${principal.userArn} is not authorized to perform: cognito-idp:${action} on resource: ${access.poolArn} because no identity-based policy allows the cognito-idp:${action} action`,
      );
    }
  };
  const checkPool = (poolId: unknown) => {
    if (typeof poolId !== 'string' || !poolId) throw cognitoErrors.missingParameter('UserPoolId');
    if (poolId !== pool.id) throw new CognitoError('ResourceNotFoundException', `User pool ${poolId} does not exist.`);
  };
  return {
    /** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html */
    async AdminListGroupsForUser(input: Input, request: SignedRequest) {
      await authorize('AdminListGroupsForUser', request);
      checkPool(input.UserPoolId);
      if (typeof input.Username !== 'string' || !input.Username) throw cognitoErrors.missingParameter('Username');
      const user = pool.user(input.Username);
      if (!user) throw cognitoErrors.userNotFound();
      const limit = input.Limit === undefined ? MAX_GROUPS_PER_PAGE : Number(input.Limit);
      // Reconstructed text: Cognito documents the range (0–60), not its message.
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_GROUPS_PER_PAGE)
        throw cognitoErrors.invalidParameter('Limit must be from 0 to 60.');
      const start = input.NextToken === undefined ? 0 : Number(input.NextToken);
      const names = pool.declaration.groups.map((g) => g.name).filter((name) => user.groups.includes(name));
      const page = names.slice(start, start + limit);
      const groups = page.map((name) => {
        const declared = pool.declaration.groups.find((g) => g.name === name)!;
        return {
          GroupName: name,
          UserPoolId: pool.id,
          Description: declared.description,
          Precedence: pool.declaration.groups.indexOf(declared),
        };
      });
      return { Groups: groups, ...(start + limit < names.length ? { NextToken: String(start + limit) } : {}) };
    },
  };
}
