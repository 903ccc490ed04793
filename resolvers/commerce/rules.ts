import { util } from '@aws-appsync/utils';
import { price, type Money } from '../shared/money.ts';
import { httpsUrl, intInRange, text, type Problem } from '../shared/validation.ts';
import { COMMISSION_BPS_MAX, RETURN_WINDOW_DAYS_MAX } from '../shops/rules.ts';

/**
 * The order state machine: PENDING → CONFIRMED | FAILED | CANCELLED, CONFIRMED → CANCELLED |
 * FULFILLED, FULFILLED → RETURNED. A transition is one write conditioned on the state it starts
 * from, so of two concurrent moves exactly one wins.
 */
const ORDER_SOURCES: Record<string, string[]> = {
  CONFIRMED: ['PENDING'],
  FAILED: ['PENDING'],
  CANCELLED: ['PENDING', 'CONFIRMED'],
  FULFILLED: ['CONFIRMED'],
  RETURNED: ['FULFILLED'],
};

/** The states an order may move to `to` from; none for PENDING, which only a new order is. */
export const orderTransitionSources = (to: string): string[] => ORDER_SOURCES[to] ?? [];

export const orderTransitionAllowed = (from: string, to: string) => orderTransitionSources(to).indexOf(from) >= 0;

/** The attribute stamped when an order reaches a state: `confirmedAt`, `fulfilledAt`, … */
export const reachedAt = (status: string) => `${status.toLowerCase()}At`;

/** A commission earns only on an order that was confirmed and is not undone. */
export const EARNING_ORDER_STATES = ['CONFIRMED', 'FULFILLED'];

/** The ledger's state machine: PENDING → AVAILABLE → PAID, and PENDING | AVAILABLE → REVERSED. */
const EARNING_SOURCES: Record<string, string[]> = {
  AVAILABLE: ['PENDING'],
  PAID: ['AVAILABLE'],
  REVERSED: ['PENDING', 'AVAILABLE'],
};

export const earningTransitionAllowed = (from: string, to: string) => (EARNING_SOURCES[to] ?? []).indexOf(from) >= 0;

/** The attribute of a daily total or balance that sums the entries in a state. */
export const bucketOf = (status: string) => status.toLowerCase();
export const EARNING_BUCKETS = ['pending', 'available', 'paid', 'reversed'];

export const ORDER_LINES_MAX = 50;
export const ORDER_BRANDS_MAX = 20;
export const LINE_QUANTITY_MAX = 100;
/** Far below GraphQL Int's 2^31 - 1, which every total must fit in. */
export const ORDER_TOTAL_MAX = 1000000000;
export const REASON_MAX = 500;
export const EARNINGS_RANGE_DAYS_MAX = 366;
const DAY_MS = 86400000;

/** What a creator earns on a line: its total times the rate, rounded down to a minor unit. */
export function lineCommission(lineTotal: number, rateBps: number): number {
  const product = lineTotal * rateBps;
  return (product - (product % 10000)) / 10000;
}

export interface LineInput {
  productId: string;
  brandId: string;
  brandOwnerId: string;
  title: string;
  imageUrl?: string | null;
  unitPrice: Money;
  quantity: number;
  commissionRateBps: number;
  returnWindowDays: number;
}

export interface Line extends LineInput {
  total: Money;
  commission: number;
}

function id(problems: Problem[], field: string, value: string) {
  return text(problems, field, value, { max: 128, required: true }) as string;
}

/** The lines of a new order, checked and priced; every problem is recorded, none thrown. */
export function orderLines(problems: Problem[], inputs: LineInput[]): Line[] {
  if (inputs.length < 1 || inputs.length > ORDER_LINES_MAX)
    problems.push({ field: 'lines', message: `must have 1 to ${ORDER_LINES_MAX} lines` });
  const currency = inputs.length ? inputs[0]!.unitPrice.currency : '';
  const seen: Record<string, boolean> = {};
  return inputs.map((input, i) => {
    const at = `lines[${i}]`;
    const productId = id(problems, `${at}.productId`, input.productId);
    if (seen[productId]) problems.push({ field: `${at}.productId`, message: 'appears in another line' });
    seen[productId] = true;
    const unitPrice = price(problems, `${at}.unitPrice`, input.unitPrice) as Money;
    if (input.unitPrice.currency !== currency)
      problems.push({ field: `${at}.unitPrice.currency`, message: `must be ${currency}, the order's currency` });
    const quantity = intInRange(problems, `${at}.quantity`, input.quantity, 1, LINE_QUANTITY_MAX) as number;
    const commissionRateBps = intInRange(problems, `${at}.commissionRateBps`, input.commissionRateBps, 0, COMMISSION_BPS_MAX) as number;
    const total = { amount: unitPrice.amount * quantity, currency };
    const imageUrl = httpsUrl(problems, `${at}.imageUrl`, input.imageUrl);
    return {
      productId,
      brandId: id(problems, `${at}.brandId`, input.brandId),
      brandOwnerId: id(problems, `${at}.brandOwnerId`, input.brandOwnerId),
      title: text(problems, `${at}.title`, input.title, { max: 120, required: true }) as string,
      // Stored only when given: DynamoDB items keep no empty attributes.
      ...(imageUrl ? { imageUrl } : {}),
      unitPrice,
      quantity,
      commissionRateBps,
      returnWindowDays: intInRange(problems, `${at}.returnWindowDays`, input.returnWindowDays, 0, RETURN_WINDOW_DAYS_MAX) as number,
      total,
      commission: lineCommission(total.amount, commissionRateBps),
    };
  });
}

export const sumOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

export function reason(problems: Problem[], value: string | null | undefined) {
  return text(problems, 'reason', value, { max: REASON_MAX });
}

/** A UTC calendar date: `YYYY-MM-DD`, or with `Z`; other offsets are refused. Returns `YYYY-MM-DD`. */
export function utcDate(problems: Problem[], field: string, value: string): string {
  if (!util.matches('^\\d{4}-\\d{2}-\\d{2}Z?$', value)) {
    problems.push({ field, message: 'must be a UTC date, YYYY-MM-DD' });
    return value;
  }
  return value.slice(0, 10);
}

/** `from` to `to`, inclusive, in order and at most EARNINGS_RANGE_DAYS_MAX days. */
export function dayRange(problems: Problem[], fromInput: string, toInput: string) {
  const from = utcDate(problems, 'from', fromInput);
  const to = utcDate(problems, 'to', toInput);
  if (problems.length) return { from, to };
  const days = (epochDay(to) - epochDay(from)) / DAY_MS + 1;
  if (days < 1) problems.push({ field: 'to', message: 'must not be before from' });
  if (days > EARNINGS_RANGE_DAYS_MAX)
    problems.push({ field: 'to', message: `must be at most ${EARNINGS_RANGE_DAYS_MAX} days after from, inclusive` });
  return { from, to };
}

const epochDay = (day: string) => util.time.parseISO8601ToEpochMilliSeconds(`${day}T00:00:00Z`);

export const DAY_MILLISECONDS = DAY_MS;
