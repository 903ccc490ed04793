import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { redact } from '../shared/redaction.ts';
import { PaymentDeclined, PaymentFailed, PaymentProviderUnavailable, type PaymentProvider } from './provider.ts';

/**
 * A Stripe-style payment API over HTTPS: form-encoded requests, `Authorization: Bearer <secret>`,
 * `Idempotency-Key` on every write, manual capture (https://docs.stripe.com/payments/place-a-hold-on-a-payment-method).
 * In AWS the secret comes from Secrets Manager (`PAYMENTS_SECRET_ARN`); the local runtime serves
 * a test provider with the same API and gives its key in `PAYMENTS_API_KEY`.
 */
export function httpPaymentProvider(baseUrl: string, secret: () => Promise<string>): PaymentProvider {
  async function call(path: string, fields: Record<string, string>, idempotencyKey: string): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await secret()}`,
          'content-type': 'application/x-www-form-urlencoded',
          'idempotency-key': idempotencyKey,
        },
        body: new URLSearchParams(fields).toString(),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (e) {
      throw new PaymentProviderUnavailable(`The payment provider did not answer: ${redact((e as Error).message)}`);
    }
    const body = (await res.json().catch(() => ({}))) as { error?: { type?: string; code?: string; message?: string } } & Record<
      string,
      unknown
    >;
    if (res.ok) return body;
    const message = redact(body.error?.message ?? `HTTP ${res.status}`);
    if (res.status === 429 || res.status >= 500) throw new PaymentProviderUnavailable(message);
    if (body.error?.type === 'card_error') throw new PaymentDeclined(message);
    throw new PaymentFailed(message);
  }

  return {
    async paymentMethod(token, idempotencyKey) {
      const method = await call('/v1/payment_methods', { type: 'card', 'card[token]': token }, idempotencyKey);
      return method.id as string;
    },
    async authorize({ paymentMethod, amount, currency, idempotencyKey }) {
      const intent = await call(
        '/v1/payment_intents',
        {
          amount: String(amount),
          currency: currency.toLowerCase(),
          payment_method: paymentMethod,
          capture_method: 'manual',
          confirm: 'true',
        },
        idempotencyKey,
      );
      return intent.id as string;
    },
    async capture(id, idempotencyKey) {
      await call(`/v1/payment_intents/${encodeURIComponent(id)}/capture`, {}, idempotencyKey);
    },
    async void(id, idempotencyKey) {
      await call(`/v1/payment_intents/${encodeURIComponent(id)}/cancel`, {}, idempotencyKey);
    },
    async refund(id, idempotencyKey) {
      await call('/v1/refunds', { payment_intent: id }, idempotencyKey);
    },
  };
}

let cachedSecret: Promise<string> | undefined;

/** The provider the function's environment names, its secret read once per execution environment. */
export function paymentProviderFromEnvironment(): PaymentProvider {
  const url = process.env.PAYMENTS_API_URL;
  if (!url) throw new Error('PAYMENTS_API_URL is not set: the function was not declared with payments.');
  return httpPaymentProvider(url, () => (cachedSecret ??= readSecret()));
}

async function readSecret(): Promise<string> {
  const arn = process.env.PAYMENTS_SECRET_ARN;
  if (!arn) {
    const key = process.env.PAYMENTS_API_KEY;
    if (!key) throw new Error('Neither PAYMENTS_SECRET_ARN nor PAYMENTS_API_KEY is set.');
    return key;
  }
  const { SecretString } = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
  if (!SecretString) throw new Error('The payment provider secret is empty.');
  return SecretString;
}
