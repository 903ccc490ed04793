import { price } from '../shared/money.ts';
import { httpsUrl, intInRange, text, type Problem } from '../shared/validation.ts';
import type { UpdateProductInput } from './types.generated.ts';

/** Commission a brand pays a creator, in basis points of the price: 1% to 50%. */
export const COMMISSION_BPS_MIN = 100;
export const COMMISSION_BPS_MAX = 5000;
export const RETURN_WINDOW_DAYS_MAX = 90;
/** Stock per product, and the largest single change; keeps stock far inside GraphQL's Int. */
export const INVENTORY_MAX = 1000000;

const SLUG_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789-';

/** Paths of the web app a shop slug would shadow. */
const RESERVED_SLUGS = [
  'admin',
  'api',
  'app',
  'brands',
  'checkout',
  'help',
  'live',
  'login',
  'me',
  'new',
  'orders',
  'settings',
  'shop',
  'shops',
  'signup',
  'support',
  'videoshops',
];

/** Slugs are case-insensitive: stored and looked up lowered and trimmed. */
export function normalizeSlug(slug: string): string {
  return slug.trim().toLowerCase();
}

/** Why a (normalized) slug is not well-formed, or null. */
export function slugFormProblem(slug: string): string | null {
  if (slug.length < 3 || slug.length > 40) return 'must be 3 to 40 characters';
  if (!slug.split('').every((c) => SLUG_CHARACTERS.indexOf(c) >= 0)) return 'may contain only a-z, 0-9 and hyphens';
  if (slug[0] === '-' || slug[slug.length - 1] === '-' || slug.indexOf('--') >= 0) {
    return 'must start and end with a letter or digit, without double hyphens';
  }
  return null;
}

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.indexOf(slug) >= 0;
}

export function slug(problems: Problem[], field: string, value: string | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) {
    problems.push({ field, message: 'cannot be removed' });
    return undefined;
  }
  const normalized = normalizeSlug(value);
  const problem = slugFormProblem(normalized);
  if (problem) problems.push({ field, message: problem });
  return normalized;
}

/** A product's editable fields, checked alike on create and update (CreateProductInput has them all). */
export function productFields(problems: Problem[], input: UpdateProductInput) {
  return {
    title: text(problems, 'title', input.title, { max: 120, required: true }),
    description: text(problems, 'description', input.description, { max: 5000 }),
    imageUrl: httpsUrl(problems, 'imageUrl', input.imageUrl),
    price: price(problems, 'price', input.price),
    commissionRateBps: intInRange(problems, 'commissionRateBps', input.commissionRateBps, COMMISSION_BPS_MIN, COMMISSION_BPS_MAX),
    returnWindowDays: intInRange(problems, 'returnWindowDays', input.returnWindowDays, 0, RETURN_WINDOW_DAYS_MAX),
  };
}
