import { util } from '@aws-appsync/utils';
import { ERROR } from './errors.ts';

/** One invalid field: clients show `message` beside the input named by `field`. */
export interface Problem {
  field: string;
  message: string;
}

export interface TextRule {
  max: number;
  /** Null or blank refused (absent is fine when the field is optional in an update). */
  required?: boolean;
}

/**
 * Length limits count characters as people do: Unicode code points, so an emoji (two UTF-16
 * units) is one character.
 */
export const characters = (value: string): number => [...value].length;

/**
 * A text input trimmed, or a problem recorded. Returns undefined when absent (left unchanged),
 * null when explicitly null (removed), the trimmed text otherwise.
 */
export function text(problems: Problem[], field: string, value: string | null | undefined, rule: TextRule) {
  if (value === undefined) return undefined;
  if (value === null) {
    if (rule.required) problems.push({ field, message: 'cannot be removed' });
    return null;
  }
  const trimmed = value.trim();
  if (rule.required && trimmed.length === 0) problems.push({ field, message: 'cannot be blank' });
  if (characters(trimmed) > rule.max) problems.push({ field, message: `must be at most ${rule.max} characters` });
  return trimmed.length === 0 && !rule.required ? null : trimmed;
}

/** Links the apps render must be https (no mixed content); AWSURL has already checked the form. */
export function httpsUrl(problems: Problem[], field: string, value: string | null | undefined) {
  if (value === undefined || value === null) return value;
  if (value.indexOf('https://') !== 0) problems.push({ field, message: 'must be an https:// URL' });
  if (characters(value) > 2048) problems.push({ field, message: 'must be at most 2048 characters' });
  return value;
}

export function intInRange(problems: Problem[], field: string, value: number | null | undefined, min: number, max: number) {
  if (value === undefined) return undefined;
  if (value === null) {
    problems.push({ field, message: 'cannot be removed' });
    return undefined;
  }
  if (value < min || value > max) problems.push({ field, message: `must be between ${min} and ${max}` });
  return value;
}

/** The message of a VALIDATION error: every problem, in order (also the checkout function's, lambdas/shared/business-error.ts). */
export const invalidInputMessage = (problems: Problem[]) => `Invalid input: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`;

/** Refuses the request, before anything is written, when any field was invalid. */
export function refuseInvalid(problems: Problem[]): void {
  if (problems.length === 0) return;
  util.error(invalidInputMessage(problems), ERROR.validation, null, { problems });
}

/** For updates: an input that names no field changes nothing, a client bug worth reporting. */
export function requireSomeChange(problems: Problem[], input: object): void {
  const given = input as Record<string, unknown>;
  if (Object.keys(given).filter((k) => given[k] !== undefined).length === 0) {
    problems.push({ field: 'input', message: 'must change at least one field' });
  }
}
