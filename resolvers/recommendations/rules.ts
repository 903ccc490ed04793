import { httpsUrl, text, type Problem } from '../shared/validation.ts';

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
