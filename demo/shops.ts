/**
 * Demo data of the shops domain: a believable platform's brands with products and stock, and
 * creators with shops, all belonging to the demo users (demo/users.ts). Items are written in
 * exactly the layout the resolvers write (resolvers/shops/keys.ts), so the API cannot tell them apart.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { brandIndexKeys, brandKey, productIndexKeys, productKey, shopKey, slugKey, userKey } from '../resolvers/shops/keys.ts';
import { demoUlid } from './ids.ts';
import { demoSub } from './users.ts';
import { writeDemoItems } from './write-items.ts';

interface Profile {
  username: string;
  displayName: string;
  bio?: string;
  avatarUrl?: string;
  creator?: boolean;
}

const profiles: Profile[] = [
  { username: 'sam.shopper', displayName: 'Sam Rivera' },
  {
    username: 'cora.creator',
    displayName: 'Cora Alvarez',
    bio: 'Weeknight dinners in thirty minutes, and the few pans that make them easy.',
    avatarUrl: 'https://images.videoshops.example/avatars/cora.jpg',
    creator: true,
  },
  {
    username: 'carl.creator',
    displayName: 'Carl Lindqvist',
    bio: 'Long trails, light packs. Everything I carry, tested over 2,000 miles.',
    avatarUrl: 'https://images.videoshops.example/avatars/carl.jpg',
    creator: true,
  },
  {
    username: 'maya.creator',
    displayName: 'Maya Chen',
    bio: 'Skincare for sensitive skin, explained by a chemist.',
    avatarUrl: 'https://images.videoshops.example/avatars/maya.jpg',
    creator: true,
  },
  { username: 'bea.brand', displayName: 'Bea Okafor' },
  { username: 'bo.brand', displayName: 'Bo Larsen' },
  { username: 'ada.admin', displayName: 'Ada Moreau' },
];

interface DemoShop {
  owner: string;
  slug: string;
  title: string;
  description: string;
}

export const demoShops: DemoShop[] = [
  {
    owner: 'cora.creator',
    slug: 'cora-cooks',
    title: 'Cora Cooks',
    description: 'The kitchen kit behind every video: nothing here I do not use weekly.',
  },
  { owner: 'carl.creator', slug: 'carl-outdoors', title: 'Carl Goes Outside', description: 'Gear that earned its place in my pack.' },
  {
    owner: 'maya.creator',
    slug: 'maya-glow',
    title: 'Glow with Maya',
    description: 'Gentle routines, ingredients that work, no fragrance.',
  },
];

type Product = [title: string, amount: number, inventory: number, commissionRateBps: number, returnWindowDays: number];

interface DemoBrand {
  owner: string;
  name: string;
  description: string;
  websiteUrl: string;
  currency: 'USD' | 'EUR';
  products: Product[];
}

export const demoBrands: DemoBrand[] = [
  {
    owner: 'bea.brand',
    name: 'Copperline Kitchen',
    description: 'Cookware made to be handed down.',
    websiteUrl: 'https://copperline.example',
    currency: 'USD',
    products: [
      ['Copper Saucepan, 2 qt', 12900, 40, 1200, 30],
      ['Carbon Steel Skillet, 10 in', 6900, 120, 1000, 30],
      ["Chef's Knife, 8 in", 8900, 75, 1500, 30],
      ['Olive Wood Spoon Set', 2400, 300, 2000, 30],
      ['Cast Iron Dutch Oven, 5.5 qt', 15900, 25, 1000, 30],
      ['Linen Apron', 3800, 0, 1800, 14],
    ],
  },
  {
    owner: 'bea.brand',
    name: 'Northbound Coffee Roasters',
    description: 'Small-batch coffee, roasted the week it ships.',
    websiteUrl: 'https://northbound.example',
    currency: 'USD',
    products: [
      ['Ethiopia Guji, whole bean, 12 oz', 1900, 500, 1500, 0],
      ['Colombia Huila, whole bean, 12 oz', 1800, 420, 1500, 0],
      ['Gooseneck Pour-Over Kettle', 5900, 60, 1200, 30],
      ['Ceramic Dripper', 2800, 150, 1500, 30],
    ],
  },
  {
    owner: 'bo.brand',
    name: 'Trailhead Outfitters',
    description: 'Lightweight gear for long distances.',
    websiteUrl: 'https://trailhead.example',
    currency: 'USD',
    products: [
      ['Ultralight Tent, 2 person', 34900, 18, 800, 60],
      ['Down Sleeping Bag, 20°F', 27900, 22, 800, 60],
      ['Carbon Trekking Poles, pair', 8900, 90, 1000, 60],
      ['Merino Base Layer', 7900, 140, 1200, 60],
      ['Headlamp, 400 lumens', 3900, 200, 1200, 60],
    ],
  },
  {
    owner: 'bo.brand',
    name: 'Lumen Skincare',
    description: 'Fragrance-free formulas for sensitive skin.',
    websiteUrl: 'https://lumen.example',
    currency: 'EUR',
    products: [
      ['Vitamin C Serum, 30 ml', 3400, 250, 2500, 14],
      ['Barrier Repair Moisturizer', 2900, 310, 2500, 14],
      ['Mineral Sunscreen SPF 50', 2200, 400, 2200, 14],
      ['Gentle Gel Cleanser', 1800, 520, 2000, 14],
    ],
  },
];

/** Demo entities are dated in the recent past, a minute apart, in the order they are listed. */
const EPOCH = Date.parse('2026-01-05T09:00:00.000Z');

/** Every item of the shops domain's demo, keyed as the resolvers key them. */
export function demoItems(): Record<string, unknown>[] {
  let minute = 0;
  const next = () => {
    minute += 1;
    const time = EPOCH + minute * 60_000;
    return { time, iso: new Date(time).toISOString() };
  };
  const items: Record<string, unknown>[] = [];
  const shopIdOf = new Map<string, string>();

  for (const shop of demoShops) shopIdOf.set(shop.owner, demoUlid(EPOCH, `shop/${shop.slug}`));

  for (const p of profiles) {
    const at = next().iso;
    const sub = demoSub(p.username);
    const shopId = shopIdOf.get(p.username);
    items.push({
      ...userKey(sub),
      id: sub,
      displayName: p.displayName,
      ...(p.bio ? { bio: p.bio } : {}),
      ...(p.avatarUrl ? { avatarUrl: p.avatarUrl } : {}),
      ...(p.creator ? { creatorSince: at } : {}),
      ...(shopId ? { shopId } : {}),
      createdAt: at,
      updatedAt: at,
    });
  }

  for (const shop of demoShops) {
    const at = next().iso;
    const id = shopIdOf.get(shop.owner)!;
    const ownerId = demoSub(shop.owner);
    items.push({
      ...shopKey(id),
      id,
      ownerId,
      slug: shop.slug,
      title: shop.title,
      description: shop.description,
      createdAt: at,
      updatedAt: at,
    });
    items.push({ ...slugKey(shop.slug), slug: shop.slug, shopId: id, ownerId, createdAt: at });
  }

  for (const brand of demoBrands) {
    const { time, iso } = next();
    const id = demoUlid(time, `brand/${brand.name}`);
    const ownerId = demoSub(brand.owner);
    items.push({
      ...brandKey(id),
      ...brandIndexKeys(ownerId, id),
      id,
      ownerId,
      name: brand.name,
      description: brand.description,
      websiteUrl: brand.websiteUrl,
      createdAt: iso,
      updatedAt: iso,
    });
    for (const [title, amount, inventory, commissionRateBps, returnWindowDays] of brand.products) {
      const at = next();
      const productId = demoUlid(at.time, `product/${brand.name}/${title}`);
      items.push({
        ...productKey(productId),
        ...productIndexKeys(id, productId),
        id: productId,
        brandId: id,
        ownerId,
        title,
        imageUrl: `https://images.videoshops.example/products/${productId.toLowerCase()}.jpg`,
        price: { amount, currency: brand.currency },
        inventory,
        commissionRateBps,
        returnWindowDays,
        createdAt: at.iso,
        updatedAt: at.iso,
      });
    }
  }
  return items;
}

/** Writes the shops domain's demo items; tables must exist (the runtime creates them first). */
export async function seedDemoShops({
  client,
  tableName,
}: {
  client: DynamoDBClient;
  tableName: (logical: string) => string;
}): Promise<void> {
  await writeDemoItems(client, tableName('Shops'), demoItems());
}
