/**
 * What the checkout needs from a payment provider. Every call takes an idempotency key derived
 * from the order, so a retried step never charges twice: the provider answers a repeated key with
 * the first answer (https://docs.stripe.com/api/idempotent_requests).
 */
export interface PaymentProvider {
  /** Exchanges a client's one-time token for a reusable payment method; the token is kept nowhere. */
  paymentMethod(token: string, idempotencyKey: string): Promise<string>;
  /** Holds the amount on the payment method. Throws PaymentDeclined or PaymentProviderUnavailable. */
  authorize(request: { paymentMethod: string; amount: number; currency: string; idempotencyKey: string }): Promise<string>;
  capture(authorizationId: string, idempotencyKey: string): Promise<void>;
  /** Releases a held amount that was never captured. */
  void(authorizationId: string, idempotencyKey: string): Promise<void>;
  /** Returns a captured amount. */
  refund(authorizationId: string, idempotencyKey: string): Promise<void>;
}

/** The provider refused the payment for good: retrying cannot help. */
export class PaymentDeclined extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentDeclined';
  }
}

/** The provider could not answer now (timeout, 5xx, rate limit): the same call may succeed later. */
export class PaymentProviderUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentProviderUnavailable';
  }
}

/** The provider refused a request that should have worked (a capture after authorization, say). */
export class PaymentFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentFailed';
  }
}
