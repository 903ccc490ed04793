import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backend, startVideoshops, type TestApi } from '../recommendations/api.ts';
import { TRANSITION_ORDER } from '../commerce/support.ts';
import { FaultProxy } from './fault-proxy.ts';
import {
  CHECKOUT,
  checkout,
  checkoutInput,
  checkoutShop,
  expectData,
  expectInvariants,
  orderOf,
  sagasSettled,
  tableItems,
  type CheckoutShop,
} from './support.ts';

const internalError = {
  status: 500,
  body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' },
};

describe('checkout when something fails on the way', () => {
  let api: TestApi;
  let s: CheckoutShop;
  let dynamoDb: FaultProxy;
  let stepFunctions: FaultProxy;

  beforeAll(async () => {
    dynamoDb = await FaultProxy.start(inject('dynamoDbEndpoint'));
    stepFunctions = await FaultProxy.start();
    api = await startVideoshops({ onLambdaLog: () => {}, functionEndpoints: { DYNAMODB: dynamoDb.endpoint, SFN: stepFunctions.endpoint } });
    // Known once the runtime listens; no function has reached it before a checkout.
    stepFunctions.target = api.runtime.stepFunctions.endpoint;
    s = await checkoutShop(api, 'faulty-shop', { count: 1, inventory: 20 });
  });

  afterAll(async () => {
    await api?.runtime.stop();
    await Promise.all([dynamoDb?.close(), stepFunctions?.close()]);
  });

  it('starts the saga on the client’s retry after a crash between writing the order and starting it', async () => {
    const input = checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]);
    stepFunctions.rule = (target) =>
      target.endsWith('.StartExecution') ? { status: 500, body: { __type: 'ServiceUnavailable', message: 'down' } } : undefined;
    const crashed = await s.shopper.call(CHECKOUT, { input });
    stepFunctions.rule = () => undefined;

    const retried = await checkout(s.shopper, input);
    await sagasSettled(api);

    expect(crashed.body.errors[0].errorType).toBe('Lambda:Unhandled');
    expect((await orderOf(s.shopper, retried.id)).status).toBe('CONFIRMED');
    await expectInvariants(api, s, 20);
  });

  it('settles INTERRUPTED, with the sweeper, an order whose saga never started and was never retried', async () => {
    stepFunctions.rule = (target) =>
      target.endsWith('.StartExecution') ? { status: 500, body: { __type: 'ServiceUnavailable', message: 'down' } } : undefined;
    await s.shopper.call(CHECKOUT, { input: checkoutInput(s, [{ product: s.products[0]!, quantity: 2 }]) });
    stepFunctions.rule = () => undefined;

    const { payload } = await api.runtime.lambdas.get('orderSweeper').invoke({ olderThanSeconds: 0 });

    const [id] = (payload as { settled: string[] }).settled;
    expect(await orderOf(s.shopper, id!)).toMatchObject({ status: 'FAILED', failureReason: 'INTERRUPTED' });
    await expectInvariants(api, s, 20);
  });

  it('takes an order off the sweeper’s index of PENDING checkouts when transitionOrder moves it', async () => {
    stepFunctions.rule = (target) =>
      target.endsWith('.StartExecution') ? { status: 500, body: { __type: 'ServiceUnavailable', message: 'down' } } : undefined;
    await s.shopper.call(CHECKOUT, { input: checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]) });
    stepFunctions.rule = () => undefined;
    const pending = async () => (await tableItems(api.runtime, 'Commerce')).filter((i) => i.sk === 'ORDER' && i.gsi4pk === 'PENDING');
    const [order] = await pending();

    expectData(await backend(api, 'orderWorkflow').call(TRANSITION_ORDER, { id: order!.id, to: 'FAILED', reason: 'abandoned' }));

    expect((await pending()).map((o) => o.id)).not.toContain(order!.id);
  });

  it('authorizes once when the function crashes after the provider authorized and before the order recorded it', async () => {
    let crashes = 1;
    dynamoDb.rule = (target, body) => {
      if (!target.endsWith('.UpdateItem') || !body.includes('authorizationId') || crashes <= 0) return undefined;
      crashes -= 1;
      return internalError;
    };

    const authorizedBefore = api.runtime.payments.count('authorize');

    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]));
    await sagasSettled(api);
    dynamoDb.rule = () => undefined;

    expect(dynamoDb.faults).toBeGreaterThan(0);
    expect((await orderOf(s.shopper, order.id)).status).toBe('CONFIRMED');
    expect(api.runtime.payments.count('authorize') - authorizedBefore).toBe(1);
    await expectInvariants(api, s, 20);
  });
});

describe('checkout when publishing fails', () => {
  let api: TestApi;
  let graphql: FaultProxy;

  beforeAll(async () => {
    graphql = await FaultProxy.start();
    graphql.rule = () => ({ status: 500, body: { message: 'down' } });
    api = await startVideoshops({ onLambdaLog: () => {}, functionEnvironment: { GRAPHQL_URL: `${graphql.endpoint}/graphql` } });
  });

  afterAll(async () => {
    await api?.runtime.stop();
    await graphql?.close();
  });

  it('still confirms the order: its state is right whether or not subscribers heard of it', async () => {
    const s = await checkoutShop(api, 'silent-shop', { count: 1, inventory: 5 });

    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]));
    await sagasSettled(api);

    expect(graphql.faults).toBeGreaterThan(0);
    expect((await orderOf(s.shopper, order.id)).status).toBe('CONFIRMED');
    await expectInvariants(api, s, 5);
  });
});

describe('a runtime restarted on the same tables', () => {
  it('settles, as it starts, an order the stopped runtime left PENDING: its executions did not survive', async () => {
    const tablePrefix = `restart-${Date.now().toString(36)}-`;
    const stepFunctions = await FaultProxy.start();
    stepFunctions.rule = (target) =>
      target.endsWith('.StartExecution') ? { status: 500, body: { __type: 'ServiceUnavailable', message: 'down' } } : undefined;
    const first = await startVideoshops({ tablePrefix, onLambdaLog: () => {}, functionEndpoints: { SFN: stepFunctions.endpoint } });
    const s = await checkoutShop(first, 'restarted-shop', { count: 1, inventory: 5 });
    const left = await s.shopper.call(CHECKOUT, { input: checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]) });
    await first.runtime.stop();
    await stepFunctions.close();
    expect(left.body.errors[0].errorType).toBe('Lambda:Unhandled');

    const second = await startVideoshops({ tablePrefix, onLambdaLog: () => {} });
    try {
      let orders: Record<string, unknown>[] = [];
      for (let i = 0; i < 100 && !orders.some((o) => o.status === 'FAILED'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        orders = (await tableItems(second.runtime, 'Commerce')).filter((i) => i.sk === 'ORDER' && i.shopId === s.shop.id);
      }
      expect(orders.map((o) => [o.status, o.failureReason])).toEqual([['FAILED', 'INTERRUPTED']]);
    } finally {
      await second.runtime.stop();
    }
  });
});
