import { cognitoErrors } from './errors.ts';

export interface PasswordPolicy {
  minLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireDigits: boolean;
  requireSymbols: boolean;
}

/** The policy infra/constructs/user-pool.ts deploys, so a password accepted here is accepted in AWS. */
export const DEPLOYED_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
};

/** Refuses a password with the first reason Cognito gives (InvalidPasswordException). */
export function checkPasswordPolicy(password: string, policy: PasswordPolicy): void {
  if (password.length < policy.minLength) throw cognitoErrors.invalidPassword('Password not long enough');
  if (policy.requireLowercase && !/[a-z]/.test(password)) throw cognitoErrors.invalidPassword('Password must have lowercase characters');
  if (policy.requireUppercase && !/[A-Z]/.test(password)) throw cognitoErrors.invalidPassword('Password must have uppercase characters');
  if (policy.requireDigits && !/[0-9]/.test(password)) throw cognitoErrors.invalidPassword('Password must have numeric characters');
  if (policy.requireSymbols && !/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/.test(password)) {
    throw cognitoErrors.invalidPassword('Password must have symbol characters');
  }
}
