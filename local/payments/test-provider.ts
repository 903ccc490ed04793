import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Route } from '../http/server.ts';

export const PAYMENTS_PATH = '/payments';

/** Test tokens and what they do, as a provider's test mode documents its own. */
export const TEST_TOKENS = {
  approves: 'tok_visa',
  declines: 'tok_chargeDeclined',
  /** Authorization fails transiently twice (HTTP 503), then approves. */
  flaky: 'tok_timeout',
  /** Authorizes, but capture fails. */
  captureFails: 'tok_captureFails',
} as const;

/** The same, as `npm start` and the README tell it. */
export const TEST_TOKEN_EFFECTS: Record<string, string> = {
  [TEST_TOKENS.approves]: 'approves',
  [TEST_TOKENS.declines]: 'is declined',
  [TEST_TOKENS.flaky]: 'times out twice, then approves',
  [TEST_TOKENS.captureFails]: 'authorizes, then capture fails',
};

export interface PaymentRecord {
  operation: 'authorize' | 'capture' | 'void' | 'refund';
  paymentIntent: string;
  amount: number;
  currency: string;
  at: Date;
}

type Answer = { status: number; body: Record<string, unknown> };

/**
 * A deterministic payment provider with the Stripe-style API the functions' adapter speaks
 * (lambdas/payments/http-provider.ts), served at `/payments` by the local runtime. It honours
 * idempotency keys (a repeated key gets the first answer; transient failures are not kept, so a
 * retry may succeed) and records every authorization, capture, void and refund, so tests can
 * prove that an order was charged exactly once.
 */
export class TestPaymentProvider {
  readonly secret = `sk_test_local_${randomBytes(12).toString('hex')}`;
  readonly records: PaymentRecord[] = [];
  private readonly methods = new Map<string, string>();
  private readonly intents = new Map<string, { id: string; token: string; amount: number; currency: string; status: string }>();
  private readonly answers = new Map<string, Answer>();
  private readonly transientFailures = new Map<string, number>();
  private next = 1;

  route(): Route {
    const route: Route = (req, body, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      if (!path.startsWith(`${PAYMENTS_PATH}/`)) return false;
      if (req.headers.authorization !== `Bearer ${this.secret}`) {
        send(res, { status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API key provided.' } } });
        return true;
      }
      const key = String(req.headers['idempotency-key'] ?? '');
      const remembered = key ? this.answers.get(key) : undefined;
      if (remembered) {
        send(res, remembered);
        return true;
      }
      const answer = this.answer(req.method ?? 'GET', path.slice(PAYMENTS_PATH.length), new URLSearchParams(body));
      if (key && answer.status < 500) this.answers.set(key, answer);
      send(res, answer);
      return true;
    };
    return route;
  }

  /** How many times each operation ran for a payment intent. */
  count(operation: PaymentRecord['operation'], paymentIntent?: string): number {
    return this.records.filter((r) => r.operation === operation && (!paymentIntent || r.paymentIntent === paymentIntent)).length;
  }

  private answer(method: string, path: string, form: URLSearchParams): Answer {
    if (method !== 'POST') return notFound();
    if (path === '/v1/payment_methods') {
      const token = form.get('card[token]') ?? '';
      if (!Object.values(TEST_TOKENS).includes(token as never)) return cardError('invalid_token', 'The token is not a test token.');
      const id = `pm_${this.next++}`;
      this.methods.set(id, token);
      return ok({ id, object: 'payment_method' });
    }
    if (path === '/v1/payment_intents') {
      const method = form.get('payment_method') ?? '';
      const token = this.methods.get(method);
      if (!token) return { status: 400, body: { error: { type: 'invalid_request_error', message: `No such payment method: ${method}` } } };
      if (token === TEST_TOKENS.declines) return cardError('card_declined', 'Your card was declined.');
      if (token === TEST_TOKENS.flaky) {
        const failures = this.transientFailures.get(method) ?? 0;
        if (failures < 2) {
          this.transientFailures.set(method, failures + 1);
          return { status: 503, body: { error: { type: 'api_error', message: 'The provider timed out.' } } };
        }
      }
      const intent = {
        id: `pi_${this.next++}`,
        token,
        amount: Number(form.get('amount')),
        currency: String(form.get('currency')),
        status: 'requires_capture',
      };
      this.intents.set(intent.id, intent);
      this.record('authorize', intent);
      return ok({ id: intent.id, object: 'payment_intent', status: intent.status });
    }
    const action = /^\/v1\/payment_intents\/([^/]+)\/(capture|cancel)$/.exec(path);
    if (action) {
      const intent = this.intents.get(decodeURIComponent(action[1]!));
      if (!intent) return notFound();
      if (action[2] === 'capture') {
        if (intent.token === TEST_TOKENS.captureFails)
          return {
            status: 400,
            body: { error: { type: 'invalid_request_error', code: 'capture_failed', message: 'The capture failed.' } },
          };
        if (intent.status !== 'requires_capture') return unexpectedState(intent.status);
        intent.status = 'succeeded';
        this.record('capture', intent);
      } else {
        if (intent.status !== 'requires_capture') return unexpectedState(intent.status);
        intent.status = 'canceled';
        this.record('void', intent);
      }
      return ok({ id: intent.id, object: 'payment_intent', status: intent.status });
    }
    if (path === '/v1/refunds') {
      const intent = this.intents.get(form.get('payment_intent') ?? '');
      if (!intent) return notFound();
      if (intent.status !== 'succeeded') return unexpectedState(intent.status);
      intent.status = 'refunded';
      this.record('refund', intent);
      return ok({ id: `re_${this.next++}`, object: 'refund', payment_intent: intent.id });
    }
    return notFound();
  }

  private record(operation: PaymentRecord['operation'], intent: { id: string; amount: number; currency: string }) {
    this.records.push({ operation, paymentIntent: intent.id, amount: intent.amount, currency: intent.currency, at: new Date() });
  }
}

const ok = (body: Record<string, unknown>): Answer => ({ status: 200, body });
const notFound = (): Answer => ({ status: 404, body: { error: { type: 'invalid_request_error', message: 'Unrecognized request URL.' } } });
const cardError = (code: string, message: string): Answer => ({ status: 402, body: { error: { type: 'card_error', code, message } } });
const unexpectedState = (status: string): Answer => ({
  status: 400,
  body: { error: { type: 'invalid_request_error', code: 'payment_intent_unexpected_state', message: `The payment is ${status}.` } },
});

function send(res: ServerResponse, answer: Answer) {
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
