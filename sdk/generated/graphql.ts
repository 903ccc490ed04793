/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CheckoutInput = {
  /** The total the client showed; if given and the priced total differs, PRICE_CHANGED. Any amount 0 to 1,000,000,000. */
  expectedTotal?: MoneyInput | null | undefined;
  /** 8 to 64 of A-Z a-z 0-9 _ -. The same key with the same cart gives the same order; with another cart, IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: string;
  /**
   * 1 to 50 lines (after merging), each product recommended by the shop or pinned in its live
   * stream, all in one currency, from at most 20 brands: an order and its brand parts are written
   * in one DynamoDB transaction (at most 100 items).
   */
  lines: Array<CheckoutLineInput>;
  /** A payment provider's token (locally: tok_visa, tok_chargeDeclined, tok_timeout, tok_captureFails). Never stored or logged. */
  paymentToken: string;
  shippingAddress?: ShippingAddressInput | null | undefined;
  shopId: string | number;
};

export type CheckoutLineInput = {
  productId: string | number;
  /** 1 to 10. Lines of the same product are merged (their sum still at most 10). */
  quantity: number;
};

export type CreateBrandInput = {
  /** At most 2000 characters. */
  description?: string | null | undefined;
  logoUrl?: string | null | undefined;
  /** 1 to 80 characters. */
  name: string;
  /** The Cognito `sub` of the brand's owner, a user of the `brands` group. */
  ownerId: string | number;
  websiteUrl?: string | null | undefined;
};

export type CreateCreatorProfileInput = {
  avatarUrl?: string | null | undefined;
  /** At most 500 characters. */
  bio?: string | null | undefined;
  /** 1 to 60 characters. */
  displayName: string;
};

/** An order as the checkout workflow priced it from the catalog; never from the client. */
export type CreateOrderInput = {
  buyerId: string | number;
  creatorId: string | number;
  /** 1 to 50 lines, each product once, from at most 20 brands; the total at most 1,000,000,000 minor units. */
  lines: Array<OrderLineInput>;
  shopId: string | number;
};

export type CreateProductInput = {
  brandId: string | number;
  /** 100 to 5000 basis points. */
  commissionRateBps: number;
  /** At most 5000 characters. */
  description?: string | null | undefined;
  imageUrl?: string | null | undefined;
  /** Initial stock, 0 to 1,000,000. */
  inventory: number;
  price: MoneyInput;
  /** 0 to 90 days. */
  returnWindowDays: number;
  /** 1 to 120 characters. */
  title: string;
};

export type CreateShopInput = {
  bannerUrl?: string | null | undefined;
  /** At most 2000 characters. */
  description?: string | null | undefined;
  /** 3 to 40 of a-z, 0-9 and single inner hyphens; upper case is lowered. */
  slug: string;
  /** 1 to 80 characters. */
  title: string;
};

/** The ISO 4217 currencies the platform settles in. */
export type CurrencyCode =
  | 'AUD'
  | 'CAD'
  | 'EUR'
  | 'GBP'
  | 'USD';

export type EarningStatus =
  | 'AVAILABLE'
  | 'PAID'
  | 'PENDING'
  | 'REVERSED';

export type LiveOrderPlacedInput = {
  /** At most 40 characters; null or blank shows the buyer as anonymous. */
  buyerDisplayName?: string | null | undefined;
  orderId: string | number;
  productId: string | number;
  /** 1 to 1000. */
  quantity: number;
  streamId: string | number;
};

export type LiveStreamEventKind =
  /** `commentId` is set: remove that comment from the chat. */
  | 'COMMENT_DELETED'
  /** `comment` and `commentId` are set. */
  | 'COMMENT_POSTED'
  /** `order` is set. */
  | 'ORDER_PLACED'
  /** `pin` is set: the product pinned now. */
  | 'PRODUCT_PINNED'
  /** LIVE → ENDED; `stream` is set. The last event: subscriptions to the stream are then closed. */
  | 'STREAM_ENDED'
  /** SCHEDULED → LIVE; `stream` is set. */
  | 'STREAM_STARTED'
  /** `bannedUserId` is set: that user can no longer comment. */
  | 'USER_BANNED'
  /** `viewerCount` is set. */
  | 'VIEWER_COUNT';

export type LiveStreamStatus =
  /** Over, for good. */
  | 'ENDED'
  /** On air: pins, comments and viewer counts are accepted. */
  | 'LIVE'
  /** Announced, not started; only its creator can start it. */
  | 'SCHEDULED';

export type MoneyInput = {
  /** Integer minor units. Each field taking one states its range: a price is 1 to 10,000,000 (100,000.00 in a two-decimal currency), a total up to 1,000,000,000. */
  amount: number;
  currency: CurrencyCode;
};

export type OrderLineInput = {
  brandId: string | number;
  /** The brand's owner (the product's `ownerId`), who may then see the order. */
  brandOwnerId: string | number;
  /** The rate the creator earns on this line: the recommendation's snapshot, else the product's; 0 to 5000. */
  commissionRateBps: number;
  imageUrl?: string | null | undefined;
  productId: string | number;
  /** 1 to 100. */
  quantity: number;
  /** 0 to 90. */
  returnWindowDays: number;
  /** 1 to 120 characters. */
  title: string;
  /** The price the workflow read from the catalog; every line of an order in one currency. */
  unitPrice: MoneyInput;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'FAILED'
  | 'FULFILLED'
  | 'PENDING'
  | 'RETURNED';

export type OrderUpdateInput = {
  buyerId: string | number;
  id: string | number;
  reason?: string | null | undefined;
  shopId: string | number;
  status: OrderStatus;
  total: MoneyInput;
  updatedAt: string;
};

export type RecommendProductInput = {
  /** At most 500 characters. */
  note?: string | null | undefined;
  productId: string | number;
  shopId: string | number;
  /** An https:// link to the video clip. */
  videoUrl?: string | null | undefined;
};

/** What a signed-in user may do, from their Cognito groups. */
export type Role =
  | 'ADMIN'
  | 'BRAND'
  | 'CREATOR'
  | 'SHOPPER';

export type ScheduleLiveStreamInput = {
  /** At most 1000 characters. */
  description?: string | null | undefined;
  /** When it is meant to start: from an hour ago to a year ahead; now when left out. */
  scheduledAt?: string | null | undefined;
  /** 1 to 100 characters. */
  title: string;
};

export type ShippingAddressInput = {
  /** 1 to 100 characters. */
  city: string;
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: string;
  /** 1 to 3 lines of 1 to 100 characters. */
  lines: Array<string>;
  /** 1 to 100 characters. */
  name: string;
  /** 1 to 20 characters. */
  postalCode: string;
};

export type ShopSaleInput = {
  at: string;
  commission: MoneyInput;
  orderId: string | number;
  shopId: string | number;
  total: MoneyInput;
};

/**
 * Fields left out are kept; `description` or `imageUrl` set to null are removed. Stock is changed
 * only by `updateInventory`, as a delta, so that a concurrent sale is never overwritten.
 */
export type UpdateProductInput = {
  commissionRateBps?: number | null | undefined;
  description?: string | null | undefined;
  imageUrl?: string | null | undefined;
  price?: MoneyInput | null | undefined;
  returnWindowDays?: number | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out are kept; `bio` or `avatarUrl` set to null are removed. */
export type UpdateProfileInput = {
  avatarUrl?: string | null | undefined;
  bio?: string | null | undefined;
  displayName?: string | null | undefined;
};

/** Fields left out are kept; `description` or `bannerUrl` set to null are removed. */
export type UpdateShopInput = {
  bannerUrl?: string | null | undefined;
  description?: string | null | undefined;
  slug?: string | null | undefined;
  title?: string | null | undefined;
};

export type OrderLineFieldsFragment = { productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } };

export type OrderFieldsFragment = { id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> };

export type BrandOrderFieldsFragment = { orderId: string, brandId: string, buyerId: string, shopId: string, status: OrderStatus, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode } };

export type EarningsEntryFieldsFragment = { id: string, orderId: string, shopId: string, day: string, status: EarningStatus, createdAt: string, updatedAt: string, amount: { amount: number, currency: CurrencyCode } };

export type OrderUpdateFieldsFragment = { id: string, status: OrderStatus, buyerId: string, shopId: string, reason: string | null, updatedAt: string, total: { amount: number, currency: CurrencyCode } };

export type ShopSaleFieldsFragment = { shopId: string, orderId: string, at: string, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> } | null };

export type MyOrdersQueryVariables = Exact<{
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type MyOrdersQuery = { myOrders: { nextToken: string | null, items: Array<{ id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> }> } };

export type ShopOrdersQueryVariables = Exact<{
  shopId: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type ShopOrdersQuery = { shopOrders: { nextToken: string | null, items: Array<{ id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> }> } };

export type BrandOrdersQueryVariables = Exact<{
  brandId: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type BrandOrdersQuery = { brandOrders: { nextToken: string | null, items: Array<{ orderId: string, brandId: string, buyerId: string, shopId: string, status: OrderStatus, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode } }> } };

export type MyEarningsQueryVariables = Exact<{
  from: string;
  to: string;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type MyEarningsQuery = { myEarnings: { from: string, to: string, totals: Array<{ currency: CurrencyCode, entryCount: number, earned: { amount: number, currency: CurrencyCode }, pending: { amount: number, currency: CurrencyCode }, available: { amount: number, currency: CurrencyCode }, paid: { amount: number, currency: CurrencyCode }, reversed: { amount: number, currency: CurrencyCode } }>, balances: Array<{ currency: CurrencyCode, updatedAt: string, pending: { amount: number, currency: CurrencyCode }, available: { amount: number, currency: CurrencyCode }, paid: { amount: number, currency: CurrencyCode }, reversed: { amount: number, currency: CurrencyCode } }>, entries: { nextToken: string | null, items: Array<{ id: string, orderId: string, shopId: string, day: string, status: EarningStatus, createdAt: string, updatedAt: string, amount: { amount: number, currency: CurrencyCode } }> } } };

export type CheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type CheckoutMutation = { checkout: { id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> } };

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> } };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> } };

export type TransitionOrderMutationVariables = Exact<{
  id: string | number;
  to: OrderStatus;
  reason?: string | null | undefined;
}>;


export type TransitionOrderMutation = { transitionOrder: { id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> } };

export type RecordCommissionMutationVariables = Exact<{
  orderId: string | number;
}>;


export type RecordCommissionMutation = { recordCommission: { id: string, orderId: string, shopId: string, day: string, status: EarningStatus, createdAt: string, updatedAt: string, amount: { amount: number, currency: CurrencyCode } } };

export type TransitionEarningMutationVariables = Exact<{
  orderId: string | number;
  to: EarningStatus;
  reason?: string | null | undefined;
}>;


export type TransitionEarningMutation = { transitionEarning: { id: string, orderId: string, shopId: string, day: string, status: EarningStatus, createdAt: string, updatedAt: string, amount: { amount: number, currency: CurrencyCode } } };

export type PublishOrderUpdateMutationVariables = Exact<{
  input: OrderUpdateInput;
}>;


export type PublishOrderUpdateMutation = { publishOrderUpdate: { id: string, status: OrderStatus, buyerId: string, shopId: string, reason: string | null, updatedAt: string, total: { amount: number, currency: CurrencyCode } } | null };

export type PublishShopSaleMutationVariables = Exact<{
  input: ShopSaleInput;
}>;


export type PublishShopSaleMutation = { publishShopSale: { shopId: string, orderId: string, at: string, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } } | null };

export type OnOrderUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OnOrderUpdatedSubscription = { onOrderUpdated: { id: string, status: OrderStatus, buyerId: string, shopId: string, reason: string | null, updatedAt: string, total: { amount: number, currency: CurrencyCode } } | null };

export type OnMyOrderUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OnMyOrderUpdatedSubscription = { onMyOrderUpdated: { id: string, status: OrderStatus, buyerId: string, shopId: string, reason: string | null, updatedAt: string, total: { amount: number, currency: CurrencyCode } } | null };

export type OnShopSaleSubscriptionVariables = Exact<{
  shopId: string | number;
}>;


export type OnShopSaleSubscription = { onShopSale: { shopId: string, orderId: string, at: string, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } } | null };

export type LiveStreamFieldsFragment = { id: string, shopId: string, creatorId: string, title: string, description: string | null, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number, createdAt: string, updatedAt: string };

export type LivePinFieldsFragment = { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, imageUrl: string | null, inventory: number, price: { amount: number, currency: CurrencyCode } } | null };

export type LiveCommentFieldsFragment = { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string };

export type LiveStreamEventFieldsFragment = { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null };

export type LiveStreamQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveStreamQuery = { liveStream: { id: string, shopId: string, creatorId: string, title: string, description: string | null, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number, createdAt: string, updatedAt: string, pinned: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, imageUrl: string | null, inventory: number, price: { amount: number, currency: CurrencyCode } } | null } | null, shop: { id: string, slug: string, title: string } | null } | null };

export type LiveNowQueryVariables = Exact<{
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type LiveNowQuery = { liveNow: { nextToken: string | null, items: Array<{ id: string, shopId: string, creatorId: string, title: string, description: string | null, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number, createdAt: string, updatedAt: string }> } };

export type ShopLiveStreamsQueryVariables = Exact<{
  shopId: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type ShopLiveStreamsQuery = { shop: { id: string, liveStreams: { nextToken: string | null, items: Array<{ id: string, shopId: string, creatorId: string, title: string, description: string | null, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number, createdAt: string, updatedAt: string }> } } | null };

export type LiveCommentsQueryVariables = Exact<{
  streamId: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type LiveCommentsQuery = { liveComments: { nextToken: string | null, items: Array<{ id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string }> } };

export type ScheduleLiveStreamMutationVariables = Exact<{
  input: ScheduleLiveStreamInput;
}>;


export type ScheduleLiveStreamMutation = { scheduleLiveStream: { id: string, shopId: string, creatorId: string, title: string, description: string | null, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number, createdAt: string, updatedAt: string } };

export type StartLiveStreamMutationVariables = Exact<{
  id: string | number;
}>;


export type StartLiveStreamMutation = { startLiveStream: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type EndLiveStreamMutationVariables = Exact<{
  id: string | number;
}>;


export type EndLiveStreamMutation = { endLiveStream: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type PinProductMutationVariables = Exact<{
  streamId: string | number;
  productId: string | number;
}>;


export type PinProductMutation = { pinProduct: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type SendCommentMutationVariables = Exact<{
  streamId: string | number;
  text: string;
}>;


export type SendCommentMutation = { sendComment: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type DeleteCommentMutationVariables = Exact<{
  streamId: string | number;
  commentId: string | number;
}>;


export type DeleteCommentMutation = { deleteComment: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type BanFromStreamMutationVariables = Exact<{
  streamId: string | number;
  userId: string | number;
}>;


export type BanFromStreamMutation = { banFromStream: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type UpdateViewerCountMutationVariables = Exact<{
  streamId: string | number;
  viewerCount: number;
}>;


export type UpdateViewerCountMutation = { updateViewerCount: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type PublishLiveOrderPlacedMutationVariables = Exact<{
  input: LiveOrderPlacedInput;
}>;


export type PublishLiveOrderPlacedMutation = { publishLiveOrderPlaced: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type OnLiveStreamEventSubscriptionVariables = Exact<{
  streamId: string | number;
  kinds?: Array<LiveStreamEventKind> | LiveStreamEventKind | null | undefined;
}>;


export type OnLiveStreamEventSubscription = { onLiveStreamEvent: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type RecommendationFieldsFragment = { id: string, shopId: string, productId: string, note: string | null, videoUrl: string | null, commissionRateBps: number, createdAt: string, product: { id: string, brandId: string, title: string, imageUrl: string | null, inventory: number, returnWindowDays: number, price: { amount: number, currency: CurrencyCode }, brand: { id: string, name: string, logoUrl: string | null } } };

export type RecommendationsQueryVariables = Exact<{
  shopId: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type RecommendationsQuery = { recommendations: { nextToken: string | null, items: Array<{ id: string, shopId: string, productId: string, note: string | null, videoUrl: string | null, commissionRateBps: number, createdAt: string, product: { id: string, brandId: string, title: string, imageUrl: string | null, inventory: number, returnWindowDays: number, price: { amount: number, currency: CurrencyCode }, brand: { id: string, name: string, logoUrl: string | null } } }> } };

export type ShopFeedQueryVariables = Exact<{
  slug: string;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type ShopFeedQuery = { shopBySlug: { id: string, slug: string, title: string, recommendations: { nextToken: string | null, items: Array<{ id: string, shopId: string, productId: string, note: string | null, videoUrl: string | null, commissionRateBps: number, createdAt: string, product: { id: string, brandId: string, title: string, imageUrl: string | null, inventory: number, returnWindowDays: number, price: { amount: number, currency: CurrencyCode }, brand: { id: string, name: string, logoUrl: string | null } } }> } } | null };

export type RecommendProductMutationVariables = Exact<{
  input: RecommendProductInput;
}>;


export type RecommendProductMutation = { recommendProduct: { id: string, shopId: string, productId: string, note: string | null, videoUrl: string | null, commissionRateBps: number, createdAt: string, product: { id: string, brandId: string, title: string, imageUrl: string | null, inventory: number, returnWindowDays: number, price: { amount: number, currency: CurrencyCode }, brand: { id: string, name: string, logoUrl: string | null } } } };

export type RemoveRecommendationMutationVariables = Exact<{
  shopId: string | number;
  productId: string | number;
}>;


export type RemoveRecommendationMutation = { removeRecommendation: { id: string, shopId: string, productId: string, note: string | null, videoUrl: string | null, commissionRateBps: number, createdAt: string, product: { id: string, brandId: string, title: string, imageUrl: string | null, inventory: number, returnWindowDays: number, price: { amount: number, currency: CurrencyCode }, brand: { id: string, name: string, logoUrl: string | null } } } };

export type MoneyFieldsFragment = { amount: number, currency: CurrencyCode };

export type ProfileFieldsFragment = { id: string, displayName: string, bio: string | null, avatarUrl: string | null, createdAt: string, updatedAt: string };

export type CreatorFieldsFragment = { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string };

export type ShopFieldsFragment = { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } };

export type ProductFieldsFragment = { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } };

export type BrandFieldsFragment = { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, roles: Array<Role>, profile: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, createdAt: string, updatedAt: string } | null, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } | null, shop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null } };

export type MyBrandsQueryVariables = Exact<{
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type MyBrandsQuery = { me: { id: string, brands: { nextToken: string | null, items: Array<{ id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string }> } } };

export type ShopQueryVariables = Exact<{
  id: string | number;
}>;


export type ShopQuery = { shop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null };

export type ShopBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ShopBySlugQuery = { shopBySlug: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null };

export type MyShopQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShopQuery = { myShop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } | null };

export type CreatorQueryVariables = Exact<{
  id: string | number;
}>;


export type CreatorQuery = { creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string, shop: { id: string, slug: string, title: string } | null } | null };

export type BrandQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type BrandQuery = { brand: { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string, products: { nextToken: string | null, items: Array<{ id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } }> } } | null };

export type ProductQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductQuery = { product: { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, brand: { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string }, price: { amount: number, currency: CurrencyCode } } | null };

export type ProductsQueryVariables = Exact<{
  brandId: string | number;
  limit?: number | null | undefined;
  nextToken?: string | null | undefined;
}>;


export type ProductsQuery = { products: { nextToken: string | null, items: Array<{ id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } }> } };

export type CreateCreatorProfileMutationVariables = Exact<{
  input: CreateCreatorProfileInput;
}>;


export type CreateCreatorProfileMutation = { createCreatorProfile: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, createdAt: string, updatedAt: string } };

export type CreateBrandMutationVariables = Exact<{
  input: CreateBrandInput;
}>;


export type CreateBrandMutation = { createBrand: { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string } };

export type CreateShopMutationVariables = Exact<{
  input: CreateShopInput;
}>;


export type CreateShopMutation = { createShop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } };

export type UpdateShopMutationVariables = Exact<{
  id: string | number;
  input: UpdateShopInput;
}>;


export type UpdateShopMutation = { updateShop: { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } } };

export type UpdateProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } } };

export type UpdateInventoryMutationVariables = Exact<{
  productId: string | number;
  delta: number;
}>;


export type UpdateInventoryMutation = { updateInventory: { id: string, inventory: number, updatedAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const OrderLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
    `, {"fragmentName":"OrderLineFields"}) as unknown as TypedDocumentString<OrderLineFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}`, {"fragmentName":"OrderFields"}) as unknown as TypedDocumentString<OrderFieldsFragment, unknown>;
export const BrandOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment BrandOrderFields on BrandOrder {
  orderId
  brandId
  buyerId
  shopId
  status
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  createdAt
  updatedAt
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}`, {"fragmentName":"BrandOrderFields"}) as unknown as TypedDocumentString<BrandOrderFieldsFragment, unknown>;
export const EarningsEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment EarningsEntryFields on EarningsEntry {
  id
  orderId
  shopId
  day
  amount {
    amount
    currency
  }
  status
  createdAt
  updatedAt
}
    `, {"fragmentName":"EarningsEntryFields"}) as unknown as TypedDocumentString<EarningsEntryFieldsFragment, unknown>;
export const OrderUpdateFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderUpdateFields on OrderUpdate {
  id
  status
  buyerId
  shopId
  total {
    amount
    currency
  }
  reason
  updatedAt
}
    `, {"fragmentName":"OrderUpdateFields"}) as unknown as TypedDocumentString<OrderUpdateFieldsFragment, unknown>;
export const ShopSaleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShopSaleFields on ShopSale {
  shopId
  orderId
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  at
}
    `, {"fragmentName":"ShopSaleFields"}) as unknown as TypedDocumentString<ShopSaleFieldsFragment, unknown>;
export const LiveStreamFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveStreamFields on LiveStream {
  id
  shopId
  creatorId
  title
  description
  status
  scheduledAt
  startedAt
  endedAt
  viewerCount
  createdAt
  updatedAt
}
    `, {"fragmentName":"LiveStreamFields"}) as unknown as TypedDocumentString<LiveStreamFieldsFragment, unknown>;
export const LivePinFieldsFragmentDoc = new TypedDocumentString(`
    fragment LivePinFields on LivePin {
  id
  streamId
  productId
  commissionRateBps
  fromRecommendation
  pinnedAt
  product {
    id
    title
    imageUrl
    price {
      amount
      currency
    }
    inventory
  }
}
    `, {"fragmentName":"LivePinFields"}) as unknown as TypedDocumentString<LivePinFieldsFragment, unknown>;
export const LiveCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
    `, {"fragmentName":"LiveCommentFields"}) as unknown as TypedDocumentString<LiveCommentFieldsFragment, unknown>;
export const LiveStreamEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}`, {"fragmentName":"LiveStreamEventFields"}) as unknown as TypedDocumentString<LiveStreamEventFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecommendationFields on Recommendation {
  id
  shopId
  productId
  note
  videoUrl
  commissionRateBps
  createdAt
  product {
    id
    brandId
    title
    imageUrl
    price {
      amount
      currency
    }
    inventory
    returnWindowDays
    brand {
      id
      name
      logoUrl
    }
  }
}
    `, {"fragmentName":"RecommendationFields"}) as unknown as TypedDocumentString<RecommendationFieldsFragment, unknown>;
export const ProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProfileFields on Profile {
  id
  displayName
  bio
  avatarUrl
  createdAt
  updatedAt
}
    `, {"fragmentName":"ProfileFields"}) as unknown as TypedDocumentString<ProfileFieldsFragment, unknown>;
export const CreatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
    `, {"fragmentName":"CreatorFields"}) as unknown as TypedDocumentString<CreatorFieldsFragment, unknown>;
export const ShopFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}`, {"fragmentName":"ShopFields"}) as unknown as TypedDocumentString<ShopFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = new TypedDocumentString(`
    fragment MoneyFields on Money {
  amount
  currency
}
    `, {"fragmentName":"MoneyFields"}) as unknown as TypedDocumentString<MoneyFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const BrandFieldsFragmentDoc = new TypedDocumentString(`
    fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}
    `, {"fragmentName":"BrandFields"}) as unknown as TypedDocumentString<BrandFieldsFragment, unknown>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    ...OrderFields
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($limit: Int, $nextToken: String) {
  myOrders(limit: $limit, nextToken: $nextToken) {
    items {
      ...OrderFields
    }
    nextToken
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const ShopOrdersDocument = new TypedDocumentString(`
    query ShopOrders($shopId: ID!, $limit: Int, $nextToken: String) {
  shopOrders(shopId: $shopId, limit: $limit, nextToken: $nextToken) {
    items {
      ...OrderFields
    }
    nextToken
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShopOrdersQuery, ShopOrdersQueryVariables>;
export const BrandOrdersDocument = new TypedDocumentString(`
    query BrandOrders($brandId: ID!, $limit: Int, $nextToken: String) {
  brandOrders(brandId: $brandId, limit: $limit, nextToken: $nextToken) {
    items {
      ...BrandOrderFields
    }
    nextToken
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment BrandOrderFields on BrandOrder {
  orderId
  brandId
  buyerId
  shopId
  status
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<BrandOrdersQuery, BrandOrdersQueryVariables>;
export const MyEarningsDocument = new TypedDocumentString(`
    query MyEarnings($from: AWSDate!, $to: AWSDate!, $limit: Int, $nextToken: String) {
  myEarnings(from: $from, to: $to) {
    from
    to
    totals {
      currency
      earned {
        amount
        currency
      }
      pending {
        amount
        currency
      }
      available {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      reversed {
        amount
        currency
      }
      entryCount
    }
    balances {
      currency
      pending {
        amount
        currency
      }
      available {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      reversed {
        amount
        currency
      }
      updatedAt
    }
    entries(limit: $limit, nextToken: $nextToken) {
      items {
        ...EarningsEntryFields
      }
      nextToken
    }
  }
}
    fragment EarningsEntryFields on EarningsEntry {
  id
  orderId
  shopId
  day
  amount {
    amount
    currency
  }
  status
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MyEarningsQuery, MyEarningsQueryVariables>;
export const CheckoutDocument = new TypedDocumentString(`
    mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) {
    ...OrderFields
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CheckoutMutation, CheckoutMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($id: ID!, $reason: String) {
  cancelOrder(id: $id, reason: $reason) {
    ...OrderFields
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const CreateOrderDocument = new TypedDocumentString(`
    mutation CreateOrder($input: CreateOrderInput!) {
  createOrder(input: $input) {
    ...OrderFields
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateOrderMutation, CreateOrderMutationVariables>;
export const TransitionOrderDocument = new TypedDocumentString(`
    mutation TransitionOrder($id: ID!, $to: OrderStatus!, $reason: String) {
  transitionOrder(id: $id, to: $to, reason: $reason) {
    ...OrderFields
  }
}
    fragment OrderLineFields on OrderLine {
  productId
  brandId
  title
  imageUrl
  unitPrice {
    amount
    currency
  }
  quantity
  total {
    amount
    currency
  }
  returnWindowDays
}
fragment OrderFields on Order {
  id
  buyerId
  shopId
  creatorId
  status
  currency
  lines {
    ...OrderLineFields
  }
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  history {
    status
    at
    reason
  }
  failureReason
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TransitionOrderMutation, TransitionOrderMutationVariables>;
export const RecordCommissionDocument = new TypedDocumentString(`
    mutation RecordCommission($orderId: ID!) {
  recordCommission(orderId: $orderId) {
    ...EarningsEntryFields
  }
}
    fragment EarningsEntryFields on EarningsEntry {
  id
  orderId
  shopId
  day
  amount {
    amount
    currency
  }
  status
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RecordCommissionMutation, RecordCommissionMutationVariables>;
export const TransitionEarningDocument = new TypedDocumentString(`
    mutation TransitionEarning($orderId: ID!, $to: EarningStatus!, $reason: String) {
  transitionEarning(orderId: $orderId, to: $to, reason: $reason) {
    ...EarningsEntryFields
  }
}
    fragment EarningsEntryFields on EarningsEntry {
  id
  orderId
  shopId
  day
  amount {
    amount
    currency
  }
  status
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TransitionEarningMutation, TransitionEarningMutationVariables>;
export const PublishOrderUpdateDocument = new TypedDocumentString(`
    mutation PublishOrderUpdate($input: OrderUpdateInput!) {
  publishOrderUpdate(input: $input) {
    ...OrderUpdateFields
  }
}
    fragment OrderUpdateFields on OrderUpdate {
  id
  status
  buyerId
  shopId
  total {
    amount
    currency
  }
  reason
  updatedAt
}`) as unknown as TypedDocumentString<PublishOrderUpdateMutation, PublishOrderUpdateMutationVariables>;
export const PublishShopSaleDocument = new TypedDocumentString(`
    mutation PublishShopSale($input: ShopSaleInput!) {
  publishShopSale(input: $input) {
    ...ShopSaleFields
  }
}
    fragment ShopSaleFields on ShopSale {
  shopId
  orderId
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  at
}`) as unknown as TypedDocumentString<PublishShopSaleMutation, PublishShopSaleMutationVariables>;
export const OnOrderUpdatedDocument = new TypedDocumentString(`
    subscription OnOrderUpdated($id: ID!) {
  onOrderUpdated(id: $id) {
    ...OrderUpdateFields
  }
}
    fragment OrderUpdateFields on OrderUpdate {
  id
  status
  buyerId
  shopId
  total {
    amount
    currency
  }
  reason
  updatedAt
}`) as unknown as TypedDocumentString<OnOrderUpdatedSubscription, OnOrderUpdatedSubscriptionVariables>;
export const OnMyOrderUpdatedDocument = new TypedDocumentString(`
    subscription OnMyOrderUpdated {
  onMyOrderUpdated {
    ...OrderUpdateFields
  }
}
    fragment OrderUpdateFields on OrderUpdate {
  id
  status
  buyerId
  shopId
  total {
    amount
    currency
  }
  reason
  updatedAt
}`) as unknown as TypedDocumentString<OnMyOrderUpdatedSubscription, OnMyOrderUpdatedSubscriptionVariables>;
export const OnShopSaleDocument = new TypedDocumentString(`
    subscription OnShopSale($shopId: ID!) {
  onShopSale(shopId: $shopId) {
    ...ShopSaleFields
  }
}
    fragment ShopSaleFields on ShopSale {
  shopId
  orderId
  total {
    amount
    currency
  }
  commission {
    amount
    currency
  }
  at
}`) as unknown as TypedDocumentString<OnShopSaleSubscription, OnShopSaleSubscriptionVariables>;
export const LiveStreamDocument = new TypedDocumentString(`
    query LiveStream($id: ID!) {
  liveStream(id: $id) {
    ...LiveStreamFields
    pinned {
      ...LivePinFields
    }
    shop {
      id
      slug
      title
    }
  }
}
    fragment LiveStreamFields on LiveStream {
  id
  shopId
  creatorId
  title
  description
  status
  scheduledAt
  startedAt
  endedAt
  viewerCount
  createdAt
  updatedAt
}
fragment LivePinFields on LivePin {
  id
  streamId
  productId
  commissionRateBps
  fromRecommendation
  pinnedAt
  product {
    id
    title
    imageUrl
    price {
      amount
      currency
    }
    inventory
  }
}`) as unknown as TypedDocumentString<LiveStreamQuery, LiveStreamQueryVariables>;
export const LiveNowDocument = new TypedDocumentString(`
    query LiveNow($limit: Int, $nextToken: String) {
  liveNow(limit: $limit, nextToken: $nextToken) {
    items {
      ...LiveStreamFields
    }
    nextToken
  }
}
    fragment LiveStreamFields on LiveStream {
  id
  shopId
  creatorId
  title
  description
  status
  scheduledAt
  startedAt
  endedAt
  viewerCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LiveNowQuery, LiveNowQueryVariables>;
export const ShopLiveStreamsDocument = new TypedDocumentString(`
    query ShopLiveStreams($shopId: ID!, $limit: Int, $nextToken: String) {
  shop(id: $shopId) {
    id
    liveStreams(limit: $limit, nextToken: $nextToken) {
      items {
        ...LiveStreamFields
      }
      nextToken
    }
  }
}
    fragment LiveStreamFields on LiveStream {
  id
  shopId
  creatorId
  title
  description
  status
  scheduledAt
  startedAt
  endedAt
  viewerCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShopLiveStreamsQuery, ShopLiveStreamsQueryVariables>;
export const LiveCommentsDocument = new TypedDocumentString(`
    query LiveComments($streamId: ID!, $limit: Int, $nextToken: String) {
  liveComments(streamId: $streamId, limit: $limit, nextToken: $nextToken) {
    items {
      ...LiveCommentFields
    }
    nextToken
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}`) as unknown as TypedDocumentString<LiveCommentsQuery, LiveCommentsQueryVariables>;
export const ScheduleLiveStreamDocument = new TypedDocumentString(`
    mutation ScheduleLiveStream($input: ScheduleLiveStreamInput!) {
  scheduleLiveStream(input: $input) {
    ...LiveStreamFields
  }
}
    fragment LiveStreamFields on LiveStream {
  id
  shopId
  creatorId
  title
  description
  status
  scheduledAt
  startedAt
  endedAt
  viewerCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ScheduleLiveStreamMutation, ScheduleLiveStreamMutationVariables>;
export const StartLiveStreamDocument = new TypedDocumentString(`
    mutation StartLiveStream($id: ID!) {
  startLiveStream(id: $id) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<StartLiveStreamMutation, StartLiveStreamMutationVariables>;
export const EndLiveStreamDocument = new TypedDocumentString(`
    mutation EndLiveStream($id: ID!) {
  endLiveStream(id: $id) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<EndLiveStreamMutation, EndLiveStreamMutationVariables>;
export const PinProductDocument = new TypedDocumentString(`
    mutation PinProduct($streamId: ID!, $productId: ID!) {
  pinProduct(streamId: $streamId, productId: $productId) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<PinProductMutation, PinProductMutationVariables>;
export const SendCommentDocument = new TypedDocumentString(`
    mutation SendComment($streamId: ID!, $text: String!) {
  sendComment(streamId: $streamId, text: $text) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<SendCommentMutation, SendCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($streamId: ID!, $commentId: ID!) {
  deleteComment(streamId: $streamId, commentId: $commentId) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const BanFromStreamDocument = new TypedDocumentString(`
    mutation BanFromStream($streamId: ID!, $userId: ID!) {
  banFromStream(streamId: $streamId, userId: $userId) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<BanFromStreamMutation, BanFromStreamMutationVariables>;
export const UpdateViewerCountDocument = new TypedDocumentString(`
    mutation UpdateViewerCount($streamId: ID!, $viewerCount: Int!) {
  updateViewerCount(streamId: $streamId, viewerCount: $viewerCount) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<UpdateViewerCountMutation, UpdateViewerCountMutationVariables>;
export const PublishLiveOrderPlacedDocument = new TypedDocumentString(`
    mutation PublishLiveOrderPlaced($input: LiveOrderPlacedInput!) {
  publishLiveOrderPlaced(input: $input) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<PublishLiveOrderPlacedMutation, PublishLiveOrderPlacedMutationVariables>;
export const OnLiveStreamEventDocument = new TypedDocumentString(`
    subscription OnLiveStreamEvent($streamId: ID!, $kinds: [LiveStreamEventKind!]) {
  onLiveStreamEvent(streamId: $streamId, kinds: $kinds) {
    ...LiveStreamEventFields
  }
}
    fragment LiveCommentFields on LiveComment {
  id
  streamId
  authorId
  authorName
  text
  createdAt
}
fragment LiveStreamEventFields on LiveStreamEvent {
  streamId
  kind
  at
  stream {
    id
    shopId
    creatorId
    title
    status
    scheduledAt
    startedAt
    endedAt
    viewerCount
  }
  pin {
    id
    streamId
    productId
    commissionRateBps
    fromRecommendation
    pinnedAt
    product {
      id
      title
      price {
        amount
        currency
      }
    }
  }
  comment {
    ...LiveCommentFields
  }
  commentId
  bannedUserId
  viewerCount
  order {
    orderId
    productId
    quantity
    buyerDisplayName
  }
}`) as unknown as TypedDocumentString<OnLiveStreamEventSubscription, OnLiveStreamEventSubscriptionVariables>;
export const RecommendationsDocument = new TypedDocumentString(`
    query Recommendations($shopId: ID!, $limit: Int, $nextToken: String) {
  recommendations(shopId: $shopId, limit: $limit, nextToken: $nextToken) {
    items {
      ...RecommendationFields
    }
    nextToken
  }
}
    fragment RecommendationFields on Recommendation {
  id
  shopId
  productId
  note
  videoUrl
  commissionRateBps
  createdAt
  product {
    id
    brandId
    title
    imageUrl
    price {
      amount
      currency
    }
    inventory
    returnWindowDays
    brand {
      id
      name
      logoUrl
    }
  }
}`) as unknown as TypedDocumentString<RecommendationsQuery, RecommendationsQueryVariables>;
export const ShopFeedDocument = new TypedDocumentString(`
    query ShopFeed($slug: String!, $limit: Int, $nextToken: String) {
  shopBySlug(slug: $slug) {
    id
    slug
    title
    recommendations(limit: $limit, nextToken: $nextToken) {
      items {
        ...RecommendationFields
      }
      nextToken
    }
  }
}
    fragment RecommendationFields on Recommendation {
  id
  shopId
  productId
  note
  videoUrl
  commissionRateBps
  createdAt
  product {
    id
    brandId
    title
    imageUrl
    price {
      amount
      currency
    }
    inventory
    returnWindowDays
    brand {
      id
      name
      logoUrl
    }
  }
}`) as unknown as TypedDocumentString<ShopFeedQuery, ShopFeedQueryVariables>;
export const RecommendProductDocument = new TypedDocumentString(`
    mutation RecommendProduct($input: RecommendProductInput!) {
  recommendProduct(input: $input) {
    ...RecommendationFields
  }
}
    fragment RecommendationFields on Recommendation {
  id
  shopId
  productId
  note
  videoUrl
  commissionRateBps
  createdAt
  product {
    id
    brandId
    title
    imageUrl
    price {
      amount
      currency
    }
    inventory
    returnWindowDays
    brand {
      id
      name
      logoUrl
    }
  }
}`) as unknown as TypedDocumentString<RecommendProductMutation, RecommendProductMutationVariables>;
export const RemoveRecommendationDocument = new TypedDocumentString(`
    mutation RemoveRecommendation($shopId: ID!, $productId: ID!) {
  removeRecommendation(shopId: $shopId, productId: $productId) {
    ...RecommendationFields
  }
}
    fragment RecommendationFields on Recommendation {
  id
  shopId
  productId
  note
  videoUrl
  commissionRateBps
  createdAt
  product {
    id
    brandId
    title
    imageUrl
    price {
      amount
      currency
    }
    inventory
    returnWindowDays
    brand {
      id
      name
      logoUrl
    }
  }
}`) as unknown as TypedDocumentString<RemoveRecommendationMutation, RemoveRecommendationMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    roles
    profile {
      ...ProfileFields
    }
    creator {
      ...CreatorFields
    }
    shop {
      ...ShopFields
    }
  }
}
    fragment ProfileFields on Profile {
  id
  displayName
  bio
  avatarUrl
  createdAt
  updatedAt
}
fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyBrandsDocument = new TypedDocumentString(`
    query MyBrands($limit: Int, $nextToken: String) {
  me {
    id
    brands(limit: $limit, nextToken: $nextToken) {
      items {
        ...BrandFields
      }
      nextToken
    }
  }
}
    fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<MyBrandsQuery, MyBrandsQueryVariables>;
export const ShopDocument = new TypedDocumentString(`
    query Shop($id: ID!) {
  shop(id: $id) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<ShopQuery, ShopQueryVariables>;
export const ShopBySlugDocument = new TypedDocumentString(`
    query ShopBySlug($slug: String!) {
  shopBySlug(slug: $slug) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<ShopBySlugQuery, ShopBySlugQueryVariables>;
export const MyShopDocument = new TypedDocumentString(`
    query MyShop {
  myShop {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<MyShopQuery, MyShopQueryVariables>;
export const CreatorDocument = new TypedDocumentString(`
    query Creator($id: ID!) {
  creator(id: $id) {
    ...CreatorFields
    shop {
      id
      slug
      title
    }
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}`) as unknown as TypedDocumentString<CreatorQuery, CreatorQueryVariables>;
export const BrandDocument = new TypedDocumentString(`
    query Brand($id: ID!, $limit: Int, $nextToken: String) {
  brand(id: $id) {
    ...BrandFields
    products(limit: $limit, nextToken: $nextToken) {
      items {
        ...ProductFields
      }
      nextToken
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<BrandQuery, BrandQueryVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($id: ID!) {
  product(id: $id) {
    ...ProductFields
    brand {
      ...BrandFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}
fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($brandId: ID!, $limit: Int, $nextToken: String) {
  products(brandId: $brandId, limit: $limit, nextToken: $nextToken) {
    items {
      ...ProductFields
    }
    nextToken
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const CreateCreatorProfileDocument = new TypedDocumentString(`
    mutation CreateCreatorProfile($input: CreateCreatorProfileInput!) {
  createCreatorProfile(input: $input) {
    ...CreatorFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}`) as unknown as TypedDocumentString<CreateCreatorProfileMutation, CreateCreatorProfileMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...ProfileFields
  }
}
    fragment ProfileFields on Profile {
  id
  displayName
  bio
  avatarUrl
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const CreateBrandDocument = new TypedDocumentString(`
    mutation CreateBrand($input: CreateBrandInput!) {
  createBrand(input: $input) {
    ...BrandFields
  }
}
    fragment BrandFields on Brand {
  id
  name
  description
  logoUrl
  websiteUrl
  createdAt
}`) as unknown as TypedDocumentString<CreateBrandMutation, CreateBrandMutationVariables>;
export const CreateShopDocument = new TypedDocumentString(`
    mutation CreateShop($input: CreateShopInput!) {
  createShop(input: $input) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<CreateShopMutation, CreateShopMutationVariables>;
export const UpdateShopDocument = new TypedDocumentString(`
    mutation UpdateShop($id: ID!, $input: UpdateShopInput!) {
  updateShop(id: $id, input: $input) {
    ...ShopFields
  }
}
    fragment CreatorFields on Creator {
  id
  displayName
  bio
  avatarUrl
  creatorSince
}
fragment ShopFields on Shop {
  id
  slug
  title
  description
  bannerUrl
  createdAt
  updatedAt
  creator {
    ...CreatorFields
  }
}`) as unknown as TypedDocumentString<UpdateShopMutation, UpdateShopMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    ...ProductFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) {
    ...ProductFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductFields on Product {
  id
  brandId
  title
  description
  imageUrl
  price {
    ...MoneyFields
  }
  inventory
  commissionRateBps
  returnWindowDays
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const UpdateInventoryDocument = new TypedDocumentString(`
    mutation UpdateInventory($productId: ID!, $delta: Int!) {
  updateInventory(productId: $productId, delta: $delta) {
    id
    inventory
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateInventoryMutation, UpdateInventoryMutationVariables>;