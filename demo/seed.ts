/**
 * Demo data for `npm start`: each domain's demo items, written in exactly the layout its
 * resolvers write, for the demo users (demo/users.ts).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { seedDemoCommerce } from './commerce.ts';
import { seedLiveDemo } from './live.ts';
import { seedDemoRecommendations } from './recommendations.ts';
import { seedDemoShops } from './shops.ts';

/** Writes every domain's demo items; tables must exist (the runtime creates them first). */
export async function seedDemoData({
  client,
  tableName,
}: {
  client: DynamoDBClient;
  tableName: (logical: string) => string;
}): Promise<void> {
  await seedDemoShops({ client, tableName });
  await seedDemoRecommendations({ client, tableName });
  await seedDemoCommerce({ client, tableName });
  await seedLiveDemo({ client, tableName });
}
