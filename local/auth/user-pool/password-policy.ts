import type { PasswordPolicyDeclaration } from '../../../model/declaration.ts';
import { cognitoErrors } from './errors.ts';

/** Refuses a password with the first reason Cognito gives (InvalidPasswordException). */
export function checkPasswordPolicy(password: string, policy: PasswordPolicyDeclaration): void {
  if (password.length < policy.minLength) throw cognitoErrors.invalidPassword('Password not long enough');
  if (policy.requireLowercase && !/[a-z]/.test(password)) throw cognitoErrors.invalidPassword('Password must have lowercase characters');
  if (policy.requireUppercase && !/[A-Z]/.test(password)) throw cognitoErrors.invalidPassword('Password must have uppercase characters');
  if (policy.requireDigits && !/[0-9]/.test(password)) throw cognitoErrors.invalidPassword('Password must have numeric characters');
  if (policy.requireSymbols && !/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/.test(password)) {
    throw cognitoErrors.invalidPassword('Password must have symbol characters');
  }
}
