/**
 * Demo recommendations: every demo shop recommends products that fit its creator, with a note
 * and a video clip, written in exactly the layout recommendProduct writes
 * (resolvers/recommendations/keys.ts), the commission rate snapshotted from the product.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { recommendationKey } from '../resolvers/recommendations/keys.ts';
import { newRecommendation } from '../resolvers/recommendations/rules.ts';
import { demoUlid } from './ids.ts';
import { demoItems } from './shops.ts';
import { writeDemoItems } from './write-items.ts';

// Stored items of several entity types in one list, written as they are (write-items.ts marshalls them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entity's fields are read by name below
type Item = Record<string, any>;

/** Each shop's recommendations, oldest first (the feed shows them newest first): product title → the creator's note. */
export const demoRecommendations: Record<string, [title: string, note: string][]> = {
  'cora-cooks': [
    ['Carbon Steel Skillet, 10 in', 'The pan in every weeknight video. Season it once, then just cook.'],
    ["Chef's Knife, 8 in", 'One good knife beats a block of bad ones. This is the one I reach for.'],
    ['Olive Wood Spoon Set', 'Gentle on the skillet, and they still look new after two years.'],
    ['Copper Saucepan, 2 qt', 'For sauces that must not catch: heats evenly, cools fast.'],
    ['Cast Iron Dutch Oven, 5.5 qt', 'Sunday braises and no-knead bread. Heavy, worth it.'],
    ['Linen Apron', 'Out of stock right now, and worth the wait.'],
    ['Ethiopia Guji, whole bean, 12 oz', 'Blueberry-bright; what I drink while prepping.'],
    ['Gooseneck Pour-Over Kettle', 'Control over the pour is the whole trick.'],
    ['Ceramic Dripper', 'Pairs with the kettle; nothing to break, nothing to replace.'],
  ],
  'carl-outdoors': [
    ['Headlamp, 400 lumens', 'Enough light for night hiking, weighs nothing.'],
    ['Merino Base Layer', 'Worn eight days straight on the Colorado Trail. No smell. Really.'],
    ['Carbon Trekking Poles, pair', 'My knees on the descents thank these.'],
    ['Down Sleeping Bag, 20°F', 'Warm to the rating, packs to the size of a loaf.'],
    ['Ultralight Tent, 2 person', 'My home for 2,000 miles. Pitches in three minutes in the rain.'],
    ['Colombia Huila, whole bean, 12 oz', 'Camp coffee deserves better than instant.'],
  ],
  'maya-glow': [
    ['Gentle Gel Cleanser', 'Step one. Low pH, no fragrance, no squeak.'],
    ['Vitamin C Serum, 30 ml', 'A stable form of vitamin C; start every other morning.'],
    ['Barrier Repair Moisturizer', 'Ceramides in the ratio your skin actually uses.'],
    ['Mineral Sunscreen SPF 50', 'No white cast on me, and it does not sting the eyes.'],
  ],
};

/** A day after the shops domain's demo entities, so recommendations are newer than their products. */
const EPOCH = Date.parse('2026-01-06T10:00:00.000Z');

/** The shops-domain demo items this seed refers to: shops by slug, products by title. */
export function demoCatalog(items: Item[] = demoItems()) {
  const shops = new Map(items.filter((i) => i.sk === 'SHOP').map((i) => [i.slug as string, i]));
  const products = new Map(items.filter((i) => i.sk === 'PRODUCT').map((i) => [i.title as string, i]));
  return { shops, products };
}

/** Every item of the demo recommendations, keyed as recommendProduct keys them. */
export function demoRecommendationItems(): Item[] {
  const { shops, products } = demoCatalog();
  const items: Item[] = [];
  let minute = 0;
  for (const [slug, recommended] of Object.entries(demoRecommendations)) {
    const shop = shops.get(slug);
    if (!shop) throw new Error(`Demo recommendations name an unknown shop: ${slug}`);
    recommended.forEach(([title, note], n) => {
      const product = products.get(title);
      if (!product) throw new Error(`Demo recommendations name an unknown product: ${title}`);
      minute += 1;
      const time = EPOCH + minute * 60_000;
      const at = new Date(time).toISOString();
      const id = demoUlid(time, `recommendation/${slug}/${title}`);
      items.push({
        ...recommendationKey(shop.id, product.id),
        ...newRecommendation(
          shop as { id: string; ownerId: string },
          product as { id: string; brandId: string; commissionRateBps: number },
          id,
          at,
          {
            note,
            videoUrl: `https://videos.videoshops.example/${slug}/${n + 1}.mp4`,
          },
        ),
      });
    });
  }
  return items;
}

export async function seedDemoRecommendations({ client, tableName }: { client: DynamoDBClient; tableName: (logical: string) => string }) {
  await writeDemoItems(client, tableName('Recommendations'), demoRecommendationItems());
}

/** A checkout to try in `shop`: its recommended product with the most stock, so the README's curl works many times. */
export function demoCheckout(slug: string): { shopId: string; productId: string } {
  const items = demoItems();
  const shop = items.find((i) => i.sk === 'SHOP' && i.slug === slug)!;
  const titles = new Set((demoRecommendations[slug] ?? []).map(([title]) => title));
  const [product] = items
    .filter((i) => i.sk === 'PRODUCT' && titles.has(i.title as string) && (i.price as { currency: string }).currency === 'USD')
    .sort((a, b) => (b.inventory as number) - (a.inventory as number));
  return { shopId: shop.id as string, productId: product!.id as string };
}
