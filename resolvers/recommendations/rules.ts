import { httpsUrl, text, type Problem } from '../shared/validation.ts';
import { recommendationIndexKeys } from './keys.ts';

/**
 * The feed batches each page's products and their brands into one BatchGetItem, which takes at
 * most 100 keys: 50 recommendations need at most 50 products and 50 brands.
 */
export const FEED_PAGE_MAX = 50;

export interface RecommendationFields {
  note?: string | null;
  videoUrl?: string | null;
}

export function recommendationFields(problems: Problem[], input: RecommendationFields) {
  return {
    note: text(problems, 'note', input.note, { max: 500 }),
    videoUrl: httpsUrl(problems, 'videoUrl', input.videoUrl),
  };
}

/**
 * A recommendation as recommendProduct writes it (its key aside): the product's commission rate
 * as it is now, the product's brand (the feed batches brands without reading products first) and
 * the shop's owner (removal is one conditional delete).
 */
export function newRecommendation(
  shop: { id: string; ownerId: string },
  product: { id: string; brandId: string; commissionRateBps: number },
  id: string,
  at: string,
  fields: RecommendationFields,
) {
  return {
    ...fields,
    ...recommendationIndexKeys(shop.id, product.id, id),
    id,
    shopId: shop.id,
    productId: product.id,
    brandId: product.brandId,
    ownerId: shop.ownerId,
    commissionRateBps: product.commissionRateBps,
    createdAt: at,
    updatedAt: at,
  };
}
