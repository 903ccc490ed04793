import { diagnostic, type CodeDiagnostic } from './diagnostic.ts';

/** Resolver and function `code`: Length Constraints: Minimum 1, Maximum 32768 (API_Resolver.html, API_EvaluateCode.html). */
export const MAX_CODE_LENGTH = 32_768;

/**
 * AWS validates request members before the code is compiled; the message is the standard
 * AWS validation-constraint wording for a member's length.
 */
export function checkCodeSize(code: string): CodeDiagnostic[] {
  if (code.length > MAX_CODE_LENGTH) {
    return [diagnostic(1, 1, code.length, 'code-size', `Member must have length less than or equal to ${MAX_CODE_LENGTH}`)];
  }
  if (code.length === 0) {
    return [diagnostic(1, 1, 0, 'code-size', 'Member must have length greater than or equal to 1')];
  }
  return [];
}
