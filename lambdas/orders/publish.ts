import { graphql } from '../shared/appsync.ts';
import type { Order } from './store.ts';

const ORDER_UPDATE = `mutation PublishOrderUpdate($input: OrderUpdateInput!) {
  publishOrderUpdate(input: $input) { id status buyerId shopId total { amount currency } reason updatedAt }
}`;
const SHOP_SALE = `mutation PublishShopSale($input: ShopSaleInput!) {
  publishShopSale(input: $input) { shopId orderId total { amount currency } commission { amount currency } at }
}`;
const LIVE_ORDER = `mutation PublishLiveOrderPlaced($input: LiveOrderPlacedInput!) {
  publishLiveOrderPlaced(input: $input) {
    streamId kind at viewerCount commentId bannedUserId
    order { orderId productId quantity buyerDisplayName }
  }
}`;

/**
 * Tells subscribers where the order stands, through the Merged API with IAM (AppSync notifies
 * subscribers only of mutations sent through its endpoint): its buyer always; on CONFIRMED, the
 * shop's creator (onShopSale) and the viewers of the shop's live stream (ORDER_PLACED).
 */
export async function publish(order: Order): Promise<void> {
  await graphql(ORDER_UPDATE, {
    input: {
      id: order.id,
      status: order.status,
      buyerId: order.buyerId,
      shopId: order.shopId,
      total: order.total,
      reason: order.failureReason ?? null,
      updatedAt: order.updatedAt,
    },
  });
  if (order.status !== 'CONFIRMED') return;
  await graphql(SHOP_SALE, {
    input: { shopId: order.shopId, orderId: order.id, total: order.total, commission: order.commission, at: order.updatedAt },
  });
  if (!order.liveStreamId) return;
  for (const line of order.lines) {
    await graphql(LIVE_ORDER, {
      input: {
        streamId: order.liveStreamId,
        orderId: order.id,
        productId: line.productId,
        quantity: line.quantity,
        buyerDisplayName: null,
      },
    }).catch((e: Error) => {
      // The stream may have ended since checkout: its viewers are gone, the order stands.
      if (e.name !== 'STREAM_NOT_LIVE') throw e;
    });
  }
}
