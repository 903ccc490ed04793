/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { OperationDocument } from '../document.js';
/** An order as the checkout workflow priced it from the catalog; never from the client. */
export type CreateOrderInput = {
  buyerId: string | number;
  creatorId: string | number;
  /** 1 to 50 lines, each product once, from at most 20 brands; the total at most 1,000,000,000 minor units. */
  lines: Array<OrderLineInput>;
  shopId: string | number;
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

export type ShopSaleInput = {
  at: string;
  commission: MoneyInput;
  orderId: string | number;
  shopId: string | number;
  total: MoneyInput;
};

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

export type UpdateViewerCountMutationVariables = Exact<{
  streamId: string | number;
  viewerCount: number;
}>;


export type UpdateViewerCountMutation = { updateViewerCount: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type PublishLiveOrderPlacedMutationVariables = Exact<{
  input: LiveOrderPlacedInput;
}>;


export type PublishLiveOrderPlacedMutation = { publishLiveOrderPlaced: { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null } | null };

export type OrderLineFieldsFragment = { productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } };

export type OrderFieldsFragment = { id: string, buyerId: string, shopId: string, creatorId: string, status: OrderStatus, currency: CurrencyCode, failureReason: string | null, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } | null, history: Array<{ status: OrderStatus, at: string, reason: string | null }> };

export type BrandOrderFieldsFragment = { orderId: string, brandId: string, buyerId: string, shopId: string, status: OrderStatus, createdAt: string, updatedAt: string, lines: Array<{ productId: string, brandId: string, title: string, imageUrl: string | null, quantity: number, returnWindowDays: number, unitPrice: { amount: number, currency: CurrencyCode }, total: { amount: number, currency: CurrencyCode } }>, total: { amount: number, currency: CurrencyCode } };

export type EarningsEntryFieldsFragment = { id: string, orderId: string, shopId: string, day: string, status: EarningStatus, createdAt: string, updatedAt: string, amount: { amount: number, currency: CurrencyCode } };

export type OrderUpdateFieldsFragment = { id: string, status: OrderStatus, buyerId: string, shopId: string, reason: string | null, updatedAt: string, total: { amount: number, currency: CurrencyCode } };

export type ShopSaleFieldsFragment = { shopId: string, orderId: string, at: string, total: { amount: number, currency: CurrencyCode }, commission: { amount: number, currency: CurrencyCode } };

export type LiveStreamFieldsFragment = { id: string, shopId: string, creatorId: string, title: string, description: string | null, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number, createdAt: string, updatedAt: string };

export type LivePinFieldsFragment = { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, imageUrl: string | null, inventory: number, price: { amount: number, currency: CurrencyCode } } | null };

export type LiveCommentFieldsFragment = { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string };

export type LiveStreamEventFieldsFragment = { streamId: string, kind: LiveStreamEventKind, at: string, commentId: string | null, bannedUserId: string | null, viewerCount: number | null, stream: { id: string, shopId: string, creatorId: string, title: string, status: LiveStreamStatus, scheduledAt: string, startedAt: string | null, endedAt: string | null, viewerCount: number } | null, pin: { id: string, streamId: string, productId: string, commissionRateBps: number, fromRecommendation: boolean, pinnedAt: string, product: { id: string, title: string, price: { amount: number, currency: CurrencyCode } } | null } | null, comment: { id: string, streamId: string, authorId: string, authorName: string, text: string, createdAt: string } | null, order: { orderId: string, productId: string, quantity: number, buyerDisplayName: string | null } | null };

export type RecommendationFieldsFragment = { id: string, shopId: string, productId: string, note: string | null, videoUrl: string | null, commissionRateBps: number, createdAt: string, product: { id: string, brandId: string, title: string, imageUrl: string | null, inventory: number, returnWindowDays: number, price: { amount: number, currency: CurrencyCode }, brand: { id: string, name: string, logoUrl: string | null } } };

export type MoneyFieldsFragment = { amount: number, currency: CurrencyCode };

export type ProfileFieldsFragment = { id: string, displayName: string, bio: string | null, avatarUrl: string | null, createdAt: string, updatedAt: string };

export type CreatorFieldsFragment = { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string };

export type ShopFieldsFragment = { id: string, slug: string, title: string, description: string | null, bannerUrl: string | null, createdAt: string, updatedAt: string, creator: { id: string, displayName: string, bio: string | null, avatarUrl: string | null, creatorSince: string } };

export type ProductFieldsFragment = { id: string, brandId: string, title: string, description: string | null, imageUrl: string | null, inventory: number, commissionRateBps: number, returnWindowDays: number, createdAt: string, updatedAt: string, price: { amount: number, currency: CurrencyCode } };

export type BrandFieldsFragment = { id: string, name: string, description: string | null, logoUrl: string | null, websiteUrl: string | null, createdAt: string };

/** Documented errors: Unauthorized, VALIDATION. */
export const CreateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"buyerId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"creatorId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderLineFields"},"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"reason"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"createdAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"},"arguments":[],"directives":[]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLine"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"brandId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"total"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"returnWindowDays"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<CreateOrderMutation, CreateOrderMutationVariables, 'Unauthorized' | 'VALIDATION'>;

/** Documented errors: INVALID_TRANSITION, NOT_FOUND, Unauthorized, VALIDATION. */
export const TransitionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"directives":[]},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}},"directives":[]},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"buyerId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"creatorId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderLineFields"},"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"reason"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"createdAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"},"arguments":[],"directives":[]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLine"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"brandId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"total"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"returnWindowDays"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<TransitionOrderMutation, TransitionOrderMutationVariables, 'INVALID_TRANSITION' | 'NOT_FOUND' | 'Unauthorized' | 'VALIDATION'>;

/** Documented errors: CONFLICT, INVALID_TRANSITION, NOT_FOUND, Unauthorized. */
export const RecordCommissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarningsEntryFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarningsEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarningsEntry"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"orderId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"day"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"createdAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<RecordCommissionMutation, RecordCommissionMutationVariables, 'CONFLICT' | 'INVALID_TRANSITION' | 'NOT_FOUND' | 'Unauthorized'>;

/** Documented errors: INVALID_TRANSITION, NOT_FOUND, Unauthorized, VALIDATION. */
export const TransitionEarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionEarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"directives":[]},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EarningStatus"}}},"directives":[]},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionEarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarningsEntryFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarningsEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarningsEntry"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"orderId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"day"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"createdAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<TransitionEarningMutation, TransitionEarningMutationVariables, 'INVALID_TRANSITION' | 'NOT_FOUND' | 'Unauthorized' | 'VALIDATION'>;

/** Documented errors: Unauthorized. */
export const PublishOrderUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOrderUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderUpdateInput"}}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOrderUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderUpdateFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderUpdateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderUpdate"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"buyerId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"total"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<PublishOrderUpdateMutation, PublishOrderUpdateMutationVariables, 'Unauthorized'>;

/** Documented errors: Unauthorized. */
export const PublishShopSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishShopSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopSaleInput"}}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishShopSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopSaleFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopSaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShopSale"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"orderId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"total"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<PublishShopSaleMutation, PublishShopSaleMutationVariables, 'Unauthorized'>;

/** Documented errors: NOT_FOUND, STREAM_NOT_LIVE, Unauthorized, VALIDATION. */
export const UpdateViewerCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateViewerCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"directives":[]},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewerCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateViewerCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"viewerCount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewerCount"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveStreamEventFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveStreamEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveStreamEvent"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"kind"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"stream"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"creatorId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"startedAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"endedAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"viewerCount"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"pin"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"streamId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"productId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"commissionRateBps"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"fromRecommendation"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"pinnedAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCommentFields"},"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"commentId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"bannedUserId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"viewerCount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"productId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"buyerDisplayName"},"arguments":[],"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveComment"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"streamId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"authorId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"authorName"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"createdAt"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<UpdateViewerCountMutation, UpdateViewerCountMutationVariables, 'NOT_FOUND' | 'STREAM_NOT_LIVE' | 'Unauthorized' | 'VALIDATION'>;

/** Documented errors: Unauthorized, VALIDATION. */
export const PublishLiveOrderPlacedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLiveOrderPlaced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveOrderPlacedInput"}}},"directives":[]}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishLiveOrderPlaced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveStreamEventFields"},"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveStreamEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveStreamEvent"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"kind"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"at"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"stream"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"shopId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"creatorId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"startedAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"endedAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"viewerCount"},"arguments":[],"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"pin"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"streamId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"productId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"commissionRateBps"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"fromRecommendation"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"pinnedAt"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"currency"},"arguments":[],"directives":[]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCommentFields"},"directives":[]}]}},{"kind":"Field","name":{"kind":"Name","value":"commentId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"bannedUserId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"viewerCount"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[],"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"productId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"buyerDisplayName"},"arguments":[],"directives":[]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveComment"}},"directives":[],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"streamId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"authorId"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"authorName"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[],"directives":[]},{"kind":"Field","name":{"kind":"Name","value":"createdAt"},"arguments":[],"directives":[]}]}}]} as unknown as OperationDocument<PublishLiveOrderPlacedMutation, PublishLiveOrderPlacedMutationVariables, 'Unauthorized' | 'VALIDATION'>;