import {
  PublishLiveOrderPlacedDocument,
  PublishOrderUpdateDocument,
  PublishShopSaleDocument,
  type PublishLiveOrderPlacedMutationVariables,
  type PublishOrderUpdateMutationVariables,
  type PublishShopSaleMutationVariables,
} from '../../sdk/src/backend.ts';
import { mutate } from '../shared/appsync.ts';
import type { Order } from './store.ts';

/**
 * Tells subscribers where the order stands, through the Merged API with IAM (AppSync notifies
 * subscribers only of mutations sent through its endpoint): its buyer always; on CONFIRMED, the
 * shop's creator (onShopSale) and the viewers of the shop's live stream (ORDER_PLACED). The SDK's
 * operations select what every subscriber selects (AppSync sends subscribers the publisher's
 * selection), so the same documents serve here.
 */
export async function publish(order: Order): Promise<void> {
  const update: PublishOrderUpdateMutationVariables = {
    input: {
      id: order.id,
      status: order.status,
      buyerId: order.buyerId,
      shopId: order.shopId,
      total: order.total,
      reason: order.failureReason ?? null,
      updatedAt: order.updatedAt,
    },
  };
  await mutate(PublishOrderUpdateDocument, update);
  if (order.status !== 'CONFIRMED') return;
  const sale: PublishShopSaleMutationVariables = {
    input: { shopId: order.shopId, orderId: order.id, total: order.total, commission: order.commission, at: order.updatedAt },
  };
  await mutate(PublishShopSaleDocument, sale);
  if (!order.liveStreamId) return;
  for (const line of order.lines) {
    const placed: PublishLiveOrderPlacedMutationVariables = {
      input: {
        streamId: order.liveStreamId,
        orderId: order.id,
        productId: line.productId,
        quantity: line.quantity,
        buyerDisplayName: null,
      },
    };
    await mutate(PublishLiveOrderPlacedDocument, placed).catch((e: Error) => {
      // The stream may have ended since checkout: its viewers are gone, the order stands.
      if (e.name !== 'STREAM_NOT_LIVE') throw e;
    });
  }
}
