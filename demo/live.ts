/**
 * Demo live streams: Cora is LIVE now with a pinned product, a chat and an audience; Carl has a
 * stream SCHEDULED for the day after tomorrow; Maya's stream ENDED three days ago. Items are
 * written in exactly the layout the live resolvers write (resolvers/live/keys.ts), with times
 * relative to the moment of seeding, so the LIVE stream has just started whenever `npm start` runs.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { banKey, commentKey, liveIndexKeys, pinKey, shopStreamsIndexKeys, streamKey } from '../resolvers/live/keys.ts';
import { UNNAMED_AUTHOR } from '../resolvers/live/rules.ts';
import { demoCatalog, demoRecommendationItems } from './recommendations.ts';
import { writeDemoItems } from './write-items.ts';
import { demoUlid } from './ids.ts';
import { demoItems } from './shops.ts';
import { demoSub } from './users.ts';

// Stored items of several entity types in one list, written as they are (write-items.ts marshalls them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entity's fields are read by name below
type Item = Record<string, any>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ID_EPOCH = Date.parse('2026-01-07T09:00:00.000Z');

/** The demo streams' ids: stable across starts; only their times follow the clock. */
export function demoStreamIds() {
  return {
    live: demoUlid(ID_EPOCH, 'stream/cora-cooks/live'),
    scheduled: demoUlid(ID_EPOCH, 'stream/carl-outdoors/scheduled'),
    ended: demoUlid(ID_EPOCH, 'stream/maya-glow/ended'),
  };
}

/** UTC ISO 8601 with milliseconds, as the resolvers write times that sort as text. */
const iso = (time: number) => new Date(time).toISOString();

interface DemoStream {
  id: string;
  slug: string;
  title: string;
  description: string;
  status: 'SCHEDULED' | 'LIVE' | 'ENDED';
  scheduledAt: number;
  startedAt?: number;
  endedAt?: number;
  viewerCount: number;
  /** Product titles pinned, oldest first, with the minute after the start each was pinned. */
  pins: [title: string, minute: number][];
  /** Username, minute after the start, text. */
  comments: [username: string, minute: number, text: string][];
  bans: string[];
}

function demoStreams(now: number): DemoStream[] {
  const ids = demoStreamIds();
  const liveStart = now - 18 * MINUTE;
  const carlAt = Math.ceil((now + 2 * DAY) / HOUR) * HOUR;
  const mayaStart = Math.floor((now - 3 * DAY) / HOUR) * HOUR;
  return [
    {
      id: ids.live,
      slug: 'cora-cooks',
      title: 'Weeknight pans: live Q&A',
      description: 'Which pan for what, seasoning carbon steel, and your questions.',
      status: 'LIVE',
      scheduledAt: liveStart - 2 * MINUTE,
      startedAt: liveStart,
      viewerCount: 1284,
      pins: [
        ['Carbon Steel Skillet, 10 in', 2],
        ['Copper Saucepan, 2 qt', 11],
      ],
      comments: [
        ['sam.shopper', 1, 'Hi Cora! Made your 20-minute ragù last night 🙌'],
        ['maya.creator', 3, 'Carbon steel vs cast iron, go!'],
        ['carl.creator', 5, 'Does the skillet survive a camp stove?'],
        ['sam.shopper', 8, 'How often do you re-season it?'],
        ['bo.brand', 12, 'That saucepan is gorgeous'],
        ['nina.creator', 14, 'Is the copper one induction-friendly?'],
        ['sam.shopper', 16, 'Just ordered the saucepan!'],
      ],
      bans: [],
    },
    {
      id: ids.scheduled,
      slug: 'carl-outdoors',
      title: 'Packing for 2,000 miles: gear Q&A',
      description: 'Everything in my pack, what I would leave home, and your questions.',
      status: 'SCHEDULED',
      scheduledAt: carlAt,
      viewerCount: 0,
      pins: [],
      comments: [],
      bans: [],
    },
    {
      id: ids.ended,
      slug: 'maya-glow',
      title: 'A gentle morning routine, live',
      description: 'Four steps for sensitive skin, ingredient by ingredient.',
      status: 'ENDED',
      scheduledAt: mayaStart,
      startedAt: mayaStart + 2 * MINUTE,
      endedAt: mayaStart + 62 * MINUTE,
      viewerCount: 860,
      pins: [
        ['Gentle Gel Cleanser', 5],
        ['Vitamin C Serum, 30 ml', 25],
      ],
      comments: [
        ['sam.shopper', 4, 'Does the serum sting?'],
        ['cora.creator', 20, 'Been using the sunscreen all summer, love it'],
      ],
      bans: [],
    },
  ];
}

/** Every item of the live demo, as the resolvers key them, for a seed at `now`. */
export function liveDemoItems(now: number = Date.now()): Item[] {
  const shopsItems = demoItems();
  const { shops, products } = demoCatalog(shopsItems);
  const names = new Map(shopsItems.filter((i) => i.sk === 'PROFILE').map((i) => [i.id as string, i.displayName as string]));
  const recommended = new Map(demoRecommendationItems().map((r) => [`${r.shopId}/${r.productId}`, r.commissionRateBps as number]));
  const items: Item[] = [];

  for (const demo of demoStreams(now)) {
    const shop = shops.get(demo.slug);
    if (!shop) throw new Error(`Demo live streams name an unknown shop: ${demo.slug}`);
    const started = demo.startedAt ?? demo.scheduledAt;

    let pinned: Item | undefined;
    for (const [title, minute] of demo.pins) {
      const product = products.get(title);
      if (!product) throw new Error(`Demo live streams pin an unknown product: ${title}`);
      const at = started + minute * MINUTE;
      const rate = recommended.get(`${shop.id}/${product.id}`);
      pinned = {
        id: demoUlid(at, `pin/${demo.id}/${title}`),
        streamId: demo.id,
        productId: product.id,
        commissionRateBps: rate ?? product.commissionRateBps,
        fromRecommendation: rate !== undefined,
        pinnedAt: iso(at),
      };
      items.push({ ...pinKey(demo.id, pinned.id), ...pinned, pinnedBy: shop.ownerId });
    }

    for (const [username, minute, text] of demo.comments) {
      const at = started + minute * MINUTE;
      const id = demoUlid(at, `comment/${demo.id}/${minute}/${username}`);
      const authorId = demoSub(username);
      items.push({
        ...commentKey(demo.id, id),
        id,
        streamId: demo.id,
        authorId,
        authorName: names.get(authorId) ?? UNNAMED_AUTHOR,
        text,
        createdAt: iso(at),
      });
    }

    for (const username of demo.bans) {
      items.push({
        ...banKey(demo.id, demoSub(username)),
        streamId: demo.id,
        userId: demoSub(username),
        bannedBy: shop.ownerId,
        bannedAt: iso(started),
      });
    }

    const created = Math.min(demo.scheduledAt, now) - DAY;
    items.push({
      ...streamKey(demo.id),
      ...shopStreamsIndexKeys(shop.id, iso(demo.scheduledAt), demo.id),
      ...(demo.status === 'LIVE' ? liveIndexKeys(iso(demo.startedAt!), demo.id) : {}),
      id: demo.id,
      shopId: shop.id,
      creatorId: shop.ownerId,
      title: demo.title,
      description: demo.description,
      status: demo.status,
      scheduledAt: iso(demo.scheduledAt),
      ...(demo.startedAt !== undefined ? { startedAt: iso(demo.startedAt) } : {}),
      ...(demo.endedAt !== undefined ? { endedAt: iso(demo.endedAt) } : {}),
      viewerCount: demo.viewerCount,
      ...(pinned ? { pinned } : {}),
      createdAt: iso(created),
      updatedAt: iso(demo.endedAt ?? (pinned ? Date.parse(pinned.pinnedAt) : (demo.startedAt ?? created))),
    });
  }
  return items;
}

export async function seedLiveDemo(
  { client, tableName }: { client: DynamoDBClient; tableName: (logical: string) => string },
  now: number = Date.now(),
) {
  await writeDemoItems(client, tableName('Live'), liveDemoItems(now));
}
