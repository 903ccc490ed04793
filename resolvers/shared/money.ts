import type { Problem } from './validation.ts';

/** Integer minor units of an ISO 4217 currency; never a float. */
export interface Money {
  amount: number;
  currency: string;
}

/** 100,000.00 in a two-decimal currency: far above any product, far below Int's 2^31. */
export const MAX_PRICE_MINOR_UNITS = 10000000;

/** A price: at least one minor unit (the platform sells, it does not give away), at most the cap. */
export function price(problems: Problem[], field: string, value: Money | null | undefined): Money | undefined {
  if (value === undefined) return undefined;
  if (value === null) {
    problems.push({ field, message: 'cannot be removed' });
    return undefined;
  }
  if (value.amount < 1 || value.amount > MAX_PRICE_MINOR_UNITS) {
    problems.push({ field: `${field}.amount`, message: `must be between 1 and ${MAX_PRICE_MINOR_UNITS} minor units` });
  }
  return { amount: value.amount, currency: value.currency };
}

export const money = (amount: number, currency: string): Money => ({ amount, currency });
